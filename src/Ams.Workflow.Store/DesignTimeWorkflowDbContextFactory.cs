using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ams.Workflow.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
internal sealed class DesignTimeWorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowStoreServiceCollectionExtensions.ConfigureSqlite(builder, new WorkflowStoreOptions { ConnectionString = "Data Source=design.db" });
        return new WorkflowDbContext(builder.Options);
    }
}
