using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using static Ams.Web.Operations.Designer.TemplateJson;

namespace Ams.Web.Operations.Designer;

/// <summary>
/// Camunda 8 element templates for this host: one per in-process worker, one for the verifier's user task, one for
/// the holder's own enrollment task, and one each for the elements the engine runs itself (<see cref="EngineElementTemplates"/>).
/// Each writes exactly the <c>zeebe:</c> extensions the engine's parser reads, so an administrator never types a job type.
/// </summary>
public static class ElementTemplates
{
    /// <summary>The id prefix of every template of this host.</summary>
    public const string IdPrefix = "ams.";

    /// <summary>The user-task template's id.</summary>
    public const string VerificationTaskId = IdPrefix + "user-task.verification";

    /// <summary>The holder's enrollment task's template id.</summary>
    public const string HolderEnrollmentTaskId = IdPrefix + "user-task.holder-enrollment";

    /// <summary>The version every template of this host has; models name it in <c>zeebe:modelerTemplateVersion</c>.</summary>
    public const int Version = 1;

    /// <summary>Builds the templates from the workers and the ids the administrator can pick.</summary>
    /// <param name="workers">The in-process workers: a service task template each.</param>
    /// <param name="mailTemplates">The mail templates' ids.</param>
    /// <param name="forms">The forms' ids.</param>
    /// <param name="roles">The roles' names.</param>
    /// <param name="processes">The deployed processes a call activity may call: (process id, name) each.</param>
    /// <param name="decisionIds">The deployed decisions a business rule task may call.</param>
    public static JsonArray Build(
        IEnumerable<JobWorker> workers,
        IReadOnlyList<string> mailTemplates,
        IReadOnlyList<string> forms,
        IReadOnlyList<string> roles,
        IReadOnlyList<(string ProcessId, string? Name)> processes,
        IReadOnlyList<string> decisionIds)
    {
        ArgumentNullException.ThrowIfNull(workers);
        var templates = new JsonArray();
        foreach (var worker in workers)
        {
            templates.Add(ServiceTask(worker, mailTemplates));
        }

        templates.Add(VerificationTask(forms, roles));
        templates.Add(HolderEnrollmentTask());
        templates.Add(EngineElementTemplates.CallAnotherWorkflow(processes));
        templates.Add(EngineElementTemplates.ComputeValue());
        templates.Add(EngineElementTemplates.DecideWithTable(decisionIds));
        return templates;
    }

    private static JsonObject ServiceTask(JobWorker worker, IReadOnlyList<string> mailTemplates)
    {
        var properties = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Hidden",
                ["value"] = worker.JobType,
                ["binding"] = new JsonObject { ["type"] = "zeebe:taskDefinition", ["property"] = "type" },
            },
        };
        foreach (var input in worker.Inputs)
        {
            properties.Add(input.Choices == JobInputChoices.MailTemplate
                ? Dropdown(input.Label, mailTemplates, input.Value, Binding("zeebe:input", "name", input.Target))
                : Feel(input.Label, input.Value, Binding("zeebe:input", "name", input.Target), required: true, feel: "optional"));
        }

        properties.Add(new JsonObject
        {
            ["label"] = "Retries",
            ["type"] = "String",
            ["value"] = worker.Retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["binding"] = Binding("zeebe:taskDefinition", "property", "retries"),
            ["constraints"] = new JsonObject { ["notEmpty"] = true, ["pattern"] = new JsonObject { ["value"] = "^[0-9]+$", ["message"] = "A whole number." } },
        });
        return Template(IdPrefix + worker.JobType, worker.Name, worker.Description, ["bpmn:Task"], "bpmn:ServiceTask", properties);
    }

    private static JsonObject VerificationTask(IReadOnlyList<string> forms, IReadOnlyList<string> roles)
    {
        var properties = new JsonArray
        {
            new JsonObject { ["type"] = "Hidden", ["value"] = "", ["binding"] = new JsonObject { ["type"] = "zeebe:userTask" } },
            Dropdown("Candidate groups", roles, Features.Accounts.Roles.Verifier, Binding("zeebe:assignmentDefinition", "property", "candidateGroups")),
            Dropdown("Form", forms, "verification", Binding("zeebe:formDefinition", "property", "formId")),
            Feel("Due date (optional)", null, Binding("zeebe:taskSchedule", "property", "dueDate"), required: false),
            Feel("Priority (optional, 0-100)", null, Binding("zeebe:priorityDefinition", "property", "priority"), required: false),
            SeparateFromRequester(),
            new JsonObject
            {
                ["label"] = "Not by whoever completed (optional)",
                ["description"] = "Ids of other user tasks of this process, comma-separated: whoever completed or holds one of them may not decide this task.",
                ["type"] = "String",
                ["binding"] = Binding("zeebe:taskHeader", "key", SeparationOfDuties.SeparateFromHeader),
            },
        };
        return Template(VerificationTaskId, "Verifikasi OP", "Tugas verifikasi di kotak tugas untuk satu peran, dengan formulir.", ["bpmn:Task"], "bpmn:UserTask", properties);
    }

    // Four eyes on a verification is the model's to declare; the engine reads this header (the requester is the process's requesterId).
    private static JsonObject SeparateFromRequester() => new()
    {
        ["label"] = "Requester may not decide it",
        ["description"] = "When yes, the person who made the request (the process variable requesterId) can neither claim nor complete this task.",
        ["type"] = "Dropdown",
        ["value"] = "true",
        ["choices"] = new JsonArray(new JsonObject { ["name"] = "Yes", ["value"] = "true" }, new JsonObject { ["name"] = "No", ["value"] = "false" }),
        ["binding"] = Binding("zeebe:taskHeader", "key", SeparationOfDuties.SeparateFromRequesterHeader),
        ["constraints"] = new JsonObject { ["notEmpty"] = true },
    };

    // The holder enrols in the portal: the task is theirs alone (the process's requesterId), with no form in the inbox.
    private static JsonObject HolderEnrollmentTask()
    {
        var properties = new JsonArray
        {
            new JsonObject { ["type"] = "Hidden", ["value"] = "", ["binding"] = new JsonObject { ["type"] = "zeebe:userTask" } },
            new JsonObject { ["type"] = "Hidden", ["value"] = "=requesterId", ["binding"] = Binding("zeebe:assignmentDefinition", "property", "assignee") },
        };
        return Template(HolderEnrollmentTaskId, "Enrollment oleh pemohon", "Tugas pemohon sendiri di portal: membuat kunci dan mengambil sertifikat yang disetujui.", ["bpmn:Task"], "bpmn:UserTask", properties);
    }
}
