using System.Text.Json.Nodes;
using Ams.Web.Features.Certificates;
using Ams.Web.Features.Requests;

namespace Ams.Web.Features.Inbox;

/// <summary>A task as the verifier opens it: the task and its request, the certificate, the process variables, the holder's earlier requests, the request's documents.</summary>
public sealed record TaskDetails(TaskView Task, CertificateView? Certificate, JsonObject Variables, IReadOnlyList<RequestView> EarlierRequests,
    IReadOnlyList<Features.Issuance.DocumentView> Documents);
