namespace Ams.Web.Pages.Shared;

/// <summary>What a list says when it has nothing yet (<c>_EmptyState</c>), and where the reader can go from there.</summary>
/// <param name="Id">The element's id.</param>
/// <param name="Message">The words, in the reader's language.</param>
/// <param name="ActionText">The link's words, when there is a next step.</param>
/// <param name="ActionHref">The link's address.</param>
public sealed record EmptyState(string Id, string Message, string? ActionText = null, string? ActionHref = null);
