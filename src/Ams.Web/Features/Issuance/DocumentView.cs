namespace Ams.Web.Features.Issuance;

/// <summary>A document of a request as the API lists it: where to fetch it, not its bytes.</summary>
public sealed record DocumentView(int Number, string Kind, string FileName, string ContentType, long Size, string Href);
