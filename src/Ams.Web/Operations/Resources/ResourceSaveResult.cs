namespace Ams.Web.Operations.Resources;

/// <summary>The version a save came to, and whether it is new (identical content gives the existing latest version).</summary>
public sealed record ResourceSaveResult(ResourceVersion Version, bool Created);
