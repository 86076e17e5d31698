using System.Security.Cryptography;
using Ams.Pki.Authority;
using Microsoft.Extensions.Logging;

namespace Ams.Pki.Ocsp;

/// <summary>
/// OCSP responder (RFC 6960) for the issuing CA, signing with the delegated OCSP signer (responder id by
/// key hash, signer certificate included). Statuses come from the database on every request, so a
/// revocation shows at once. Nonce-less single requests are answered from pre-signed responses
/// (RFC 5019) while the status they were signed with is still the database's; requests with a nonce
/// (RFC 8954, echoed) are signed fresh.
/// </summary>
public sealed class OcspResponder
{
    private readonly PkiRuntime _runtime;
    private readonly CertificateStatusLookup _lookup;
    private readonly OcspResponseCache _cache;
    private readonly PkiOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<OcspResponder> _logger;

    internal OcspResponder(
        PkiRuntime runtime, CertificateStatusLookup lookup, OcspResponseCache cache, PkiOptions options, TimeProvider clock, ILogger<OcspResponder> logger)
    {
        _runtime = runtime;
        _lookup = lookup;
        _cache = cache;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Largest request accepted, in bytes; larger requests are answered <c>malformedRequest</c>.</summary>
    public static int MaxRequestBytes => OcspRequestParser.MaxRequestBytes;

    /// <summary>
    /// Answers a DER OCSPRequest (POST body, or a GET path decoded with <see cref="OcspGetRequestDecoder"/>)
    /// with a DER OCSPResponse (content type <c>application/ocsp-response</c>). Never throws for bad input:
    /// malformed requests get <c>malformedRequest</c>, failures of the database <c>internalError</c>.
    /// </summary>
    /// <param name="derRequest">The request bytes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<byte[]> RespondAsync(ReadOnlyMemory<byte> derRequest, CancellationToken cancellationToken = default)
    {
        var request = OcspRequestParser.TryParse(derRequest);
        if (request is null)
        {
            return OcspResponseWriter.MalformedRequest;
        }

        try
        {
            var ca = await _runtime.GetCredentialsAsync(cancellationToken);
            return Respond(ca, request);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            _logger.LogError(e, "OCSP request failed; answered internalError.");
            return OcspResponseWriter.InternalError;
        }
    }

    /// <summary>
    /// Answers an OCSP GET (RFC 6960 appendix A.1): <paramref name="pathSegment"/> is what follows the
    /// responder's URL, the URL-encoded base64 of the DER request. Undecodable input is answered
    /// <c>malformedRequest</c>, like a malformed DER request.
    /// </summary>
    /// <param name="pathSegment">The path after <c>/pki/ocsp/</c>, percent-encoded or not.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public Task<byte[]> RespondToGetAsync(string? pathSegment, CancellationToken cancellationToken = default) =>
        OcspGetRequestDecoder.TryDecode(pathSegment, out var der)
            ? RespondAsync(der, cancellationToken)
            : Task.FromResult(OcspResponseWriter.MalformedRequest);

    private byte[] Respond(CaCredentials ca, OcspRequest request)
    {
        var statuses = _lookup.Lookup(request.Requests, certId => IssuedBy(ca, certId));
        var now = _clock.GetUtcNow();
        var cacheable = request.NonceExtensionValue is null && request.Requests.Count == 1;
        if (cacheable && _cache.TryGet(request.Requests[0], statuses[0], now) is { } cached)
        {
            return cached;
        }

        var response = OcspResponseWriter.Successful(ca, request.Requests, statuses, request.NonceExtensionValue, now, _options.OcspValidity);
        if (cacheable)
        {
            var margin = _options.OcspCacheRefreshMargin < _options.OcspValidity ? _options.OcspCacheRefreshMargin : _options.OcspValidity / 2;
            _cache.Store(request.Requests[0], statuses[0], response, now + _options.OcspValidity - margin);
        }

        return response;
    }

    private static bool IssuedBy(CaCredentials ca, OcspCertId certId)
    {
        HashAlgorithmName? hash = certId.HashAlgorithm switch
        {
            "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
            "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
            "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
            "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
            _ => null,
        };
        if (hash is not { } algorithm)
        {
            return false;
        }

        return ca.IssuerHashes(algorithm) is var (nameHash, keyHash)
            && certId.IssuerNameHash.AsSpan().SequenceEqual(nameHash)
            && certId.IssuerKeyHash.AsSpan().SequenceEqual(keyHash);
    }
}
