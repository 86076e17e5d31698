using System.Text.Json.Nodes;
using Ams.Web.Requests;

namespace Ams.Web.Inbox;

/// <summary>A task as the verifier opens it: the task and its request, the process variables, the holder's earlier requests.</summary>
public sealed record TaskDetails(TaskView Task, JsonObject Variables, IReadOnlyList<RequestView> EarlierRequests);
