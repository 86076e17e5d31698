using System.Text.Json.Nodes;
using Ams.Web.Infrastructure.Localization;
using static Ams.Web.Operations.Designer.TemplateJson;

namespace Ams.Web.Operations.Designer;

/// <summary>
/// Templates for the elements the engine runs without a worker: calling another process, computing a FEEL value and
/// deciding with a DMN table. Each writes the <c>zeebe:</c> extension the engine reads, in the reader's language.
/// </summary>
public static class EngineElementTemplates
{
    /// <summary>The call activity template's id.</summary>
    public const string CallActivityId = ElementTemplates.IdPrefix + "call-activity";

    /// <summary>The script task template's id.</summary>
    public const string ScriptTaskId = ElementTemplates.IdPrefix + "script-task.feel";

    /// <summary>The business rule task template's id.</summary>
    public const string BusinessRuleTaskId = ElementTemplates.IdPrefix + "business-rule-task.dmn";

    // A FEEL name, as a result variable must be.
    private const string VariableName = "^[A-Za-z_][A-Za-z0-9_]*$";

    // A BPMN process id or DMN decision id (an XML NCName without the rarer letters).
    private const string ElementId = "^[A-Za-z_][A-Za-z0-9_.-]*$";

    /// <summary>
    /// <c>zeebe:calledElement</c>: the process to call, picked from the deployed ones, the latest version or the one
    /// with a version tag, and whether all variables go down and come back (Zeebe's propagation flags).
    /// </summary>
    public static JsonObject CallAnotherWorkflow(IReadOnlyList<(string ProcessId, string? Name)> processes)
    {
        ArgumentNullException.ThrowIfNull(processes);
        var processLabel = Texts.Pick("Proses yang dipanggil", "Process to call");
        var calledProcess = Binding("zeebe:calledElement", "property", "processId");
        var properties = new JsonArray
        {
            processes.Count > 0
                ? Dropdown(processLabel, [.. processes.Select(p => (p.ProcessId, p.Name is { Length: > 0 } name ? $"{name} ({p.ProcessId})" : p.ProcessId))], null, calledProcess)
                : Text(processLabel, null, calledProcess, ElementId, Texts.Pick("Id proses BPMN.", "A BPMN process id.")),
            new JsonObject
            {
                ["id"] = "bindingType",
                ["label"] = Texts.Pick("Versi", "Version"),
                ["type"] = "Dropdown",
                ["value"] = "latest",
                ["choices"] = new JsonArray(
                    new JsonObject { ["name"] = Texts.Pick("Versi terbaru saat dipanggil", "The latest version when called"), ["value"] = "latest" },
                    new JsonObject { ["name"] = Texts.Pick("Versi dengan tag", "The version with a tag"), ["value"] = "versionTag" }),
                ["binding"] = Binding("zeebe:calledElement", "property", "bindingType"),
            },
            new JsonObject
            {
                ["label"] = Texts.Pick("Tag versi", "Version tag"),
                ["description"] = Texts.Pick("zeebe:versionTag proses yang dipanggil, misalnya v1.", "The called process's zeebe:versionTag, such as v1."),
                ["type"] = "String",
                ["binding"] = Binding("zeebe:calledElement", "property", "versionTag"),
                ["condition"] = new JsonObject { ["property"] = "bindingType", ["equals"] = "versionTag" },
                ["constraints"] = new JsonObject { ["notEmpty"] = true },
            },
            Boolean(
                Texts.Pick("Kirim semua variabel ke proses yang dipanggil", "Pass all variables to the called process"),
                Texts.Pick("Jika tidak, hanya pemetaan input yang dikirim.", "When off, only the input mappings are passed."),
                true,
                Binding("zeebe:calledElement", "property", "propagateAllParentVariables")),
            Boolean(
                Texts.Pick("Ambil semua variabel dari proses yang dipanggil", "Take back all variables of the called process"),
                Texts.Pick("Jika tidak, hanya pemetaan output yang diambil.", "When off, only the output mappings are taken back."),
                false,
                Binding("zeebe:calledElement", "property", "propagateAllChildVariables")),
        };
        return Template(
            CallActivityId,
            Texts.Pick("Panggil alur kerja lain", "Call another workflow"),
            Texts.Pick("Menjalankan proses lain yang sudah di-deploy dan menunggu sampai selesai.", "Runs another deployed process and waits until it ends."),
            ["bpmn:Task", "bpmn:CallActivity"],
            "bpmn:CallActivity",
            properties);
    }

    /// <summary><c>zeebe:script</c>: a FEEL expression whose value goes to a result variable.</summary>
    public static JsonObject ComputeValue()
    {
        var properties = new JsonArray
        {
            Feel(Texts.Pick("Ekspresi FEEL", "FEEL expression"), null, Binding("zeebe:script", "property", "expression"), required: true),
            ResultVariable(Binding("zeebe:script", "property", "resultVariable")),
        };
        return Template(
            ScriptTaskId,
            Texts.Pick("Hitung nilai (FEEL)", "Compute a value (FEEL)"),
            Texts.Pick("Menghitung ekspresi FEEL dan menyimpan nilainya di sebuah variabel.", "Evaluates a FEEL expression and keeps its value in a variable."),
            ["bpmn:Task"],
            "bpmn:ScriptTask",
            properties);
    }

    /// <summary>
    /// <c>zeebe:calledDecision</c>: a DMN decision, picked from the deployed ones (typed when none is deployed yet),
    /// whose result goes to a result variable.
    /// </summary>
    public static JsonObject DecideWithTable(IReadOnlyList<string> decisionIds)
    {
        ArgumentNullException.ThrowIfNull(decisionIds);
        var decisionLabel = Texts.Pick("Id keputusan", "Decision id");
        var calledDecision = Binding("zeebe:calledDecision", "property", "decisionId");
        var properties = new JsonArray
        {
            decisionIds.Count > 0
                ? Dropdown(decisionLabel, [.. decisionIds.Select(id => (id, id))], null, calledDecision)
                : Text(decisionLabel, null, calledDecision, ElementId, Texts.Pick("Id keputusan DMN.", "A DMN decision id.")),
            ResultVariable(Binding("zeebe:calledDecision", "property", "resultVariable")),
        };
        return Template(
            BusinessRuleTaskId,
            Texts.Pick("Putuskan dengan tabel", "Decide with a table"),
            Texts.Pick("Mengevaluasi tabel keputusan DMN dan menyimpan hasilnya di sebuah variabel.", "Evaluates a DMN decision table and keeps its result in a variable."),
            ["bpmn:Task"],
            "bpmn:BusinessRuleTask",
            properties);
    }

    private static JsonObject ResultVariable(JsonObject binding) =>
        Text(Texts.Pick("Variabel hasil", "Result variable"), null, binding, VariableName, Texts.Pick("Nama variabel: huruf, angka dan _.", "A variable name: letters, digits and _."));
}
