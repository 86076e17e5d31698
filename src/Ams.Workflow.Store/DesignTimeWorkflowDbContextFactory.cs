using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ams.Workflow.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a host.</summary>
internal sealed class DesignTimeWorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowStoreServiceCollectionExtensions.Configure(builder, new WorkflowStoreOptions { ConnectionString = "Data Source=design.db" });
        return new WorkflowDbContext(builder.Options);
    }
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresWorkflowDbContext</c> build the context without a server.</summary>
internal sealed class DesignTimePostgresWorkflowDbContextFactory : IDesignTimeDbContextFactory<PostgresWorkflowDbContext>
{
    public PostgresWorkflowDbContext CreateDbContext(string[] args) => WorkflowDatabase.Postgres("Host=localhost;Database=ams");
}
