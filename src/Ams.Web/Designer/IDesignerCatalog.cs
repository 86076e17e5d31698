namespace Ams.Web.Designer;

/// <summary>The ids the designer's templates offer: mail templates and forms an administrator can pick (the latest stored versions).</summary>
public interface IDesignerCatalog
{
    /// <summary>The ids of the mail templates, sorted.</summary>
    Task<IReadOnlyList<string>> MailTemplateIdsAsync(CancellationToken cancellationToken);

    /// <summary>The ids of the forms, sorted.</summary>
    Task<IReadOnlyList<string>> FormIdsAsync(CancellationToken cancellationToken);
}
