namespace Ams.Web.Features.Issuance;

/// <summary>A supporting document a holder attached to an issuance request (ID card scan, recommendation letter), kept in the database with the request.</summary>
public sealed class RequestDocument
{
    /// <summary>The row id.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The request it belongs to.</summary>
    public Guid RequestId { get; init; }

    /// <summary>Its number within the request, from 1: the <c>{n}</c> of its address.</summary>
    public int Number { get; init; }

    /// <summary>Which of the product's documents it is (<see cref="DocumentRequirement.Key"/>).</summary>
    public string Kind { get; init; } = "";

    /// <summary>The file name the holder's browser gave, for display only.</summary>
    public string FileName { get; init; } = "";

    /// <summary>The type recognised from the content (<c>application/pdf</c>, <c>image/jpeg</c>, <c>image/png</c>).</summary>
    public string ContentType { get; init; } = "";

    /// <summary>The bytes.</summary>
    public byte[] Content { get; init; } = [];
}
