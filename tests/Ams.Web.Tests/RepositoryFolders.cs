namespace Ams.Web.Tests;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryFolders
{
    /// <summary>The repository root (where <c>Ams.Workflow.sln</c> is).</summary>
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ams.Workflow.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }

    /// <summary>The shipped workflows.</summary>
    public static string Workflows => Path.Combine(Root, "workflows");
}
