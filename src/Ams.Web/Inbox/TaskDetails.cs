using System.Text.Json.Nodes;
using Ams.Web.Certificates;
using Ams.Web.Requests;

namespace Ams.Web.Inbox;

/// <summary>A task as the verifier opens it: the task and its request, the certificate, the process variables, the holder's earlier requests, the request's documents.</summary>
public sealed record TaskDetails(TaskView Task, CertificateView? Certificate, JsonObject Variables, IReadOnlyList<RequestView> EarlierRequests,
    IReadOnlyList<Issuance.DocumentView> Documents);
