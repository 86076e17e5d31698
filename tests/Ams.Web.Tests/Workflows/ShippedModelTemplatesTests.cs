using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ams.Web.Tests.Workflows;

/// <summary>
/// Every task of the shipped models names one of the host's element templates (so the designer's properties panel shows
/// the template, not "Select"), and the task holds exactly what that template writes: the same job type and hidden
/// values, a choice the template offers, and no extension the template does not bind.
/// </summary>
public sealed class ShippedModelTemplatesTests : IAsyncLifetime
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private Dictionary<string, JsonObject> templates = [];

    public static TheoryData<string, string> Tasks()
    {
        var tasks = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Workflows, "*.bpmn").Order(StringComparer.Ordinal))
        {
            foreach (var task in TasksOf(XDocument.Load(file)))
            {
                tasks.Add(Path.GetFileName(file), task.Attribute("id")!.Value);
            }
        }

        return tasks;
    }

    [Fact]
    public void Both_shipped_models_have_templated_tasks()
    {
        var files = Tasks().Select(row => row.Data.Item1).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["issuance.bpmn", "revocation.bpmn"], files);
    }

    [Theory]
    [MemberData(nameof(Tasks))]
    public void The_task_names_an_existing_template_whose_bindings_hold_its_values(string file, string taskId)
    {
        var task = TasksOf(XDocument.Load(Path.Combine(RepositoryFolders.Workflows, file))).Single(t => t.Attribute("id")!.Value == taskId);
        var templateId = task.Attribute(Zeebe + "modelerTemplate")?.Value;
        Assert.False(templateId is null, $"{file} {taskId} names no template.");
        Assert.True(templates.TryGetValue(templateId, out var template), $"{file} {taskId} names {templateId}, which the host does not serve.");
        Assert.Equal(template["version"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture), task.Attribute(Zeebe + "modelerTemplateVersion")?.Value);
        Assert.Equal(template["elementType"]!["value"]!.GetValue<string>(), "bpmn:" + task.Name.LocalName[..1].ToUpperInvariant() + task.Name.LocalName[1..]);

        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in template["properties"]!.AsArray().Select(p => p!.AsObject()))
        {
            var (key, value) = ValueOf(task, property["binding"]!.AsObject());
            bound.Add(key);
            Check(property, value, $"{file} {taskId} {key}");
        }

        var unbound = ExtensionsOf(task).Where(key => !bound.Contains(key)).ToList();
        Assert.True(unbound.Count == 0, $"{file} {taskId} holds {string.Join(", ", unbound)}, which {templateId} does not bind.");
    }

    public async ValueTask InitializeAsync()
    {
        var admin = await app.SignInAsync("admin@ams.test");
        var served = (await admin.GetFromJsonAsync<JsonArray>("/api/designer/element-templates", TestContext.Current.CancellationToken))!;
        templates = served.Select(t => t!.AsObject()).ToDictionary(t => t["id"]!.GetValue<string>(), StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static IEnumerable<XElement> TasksOf(XDocument model) =>
        model.Descendants().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("Task", StringComparison.Ordinal));

    /// <summary>What a template property asks of the value its binding finds on the task.</summary>
    private static void Check(JsonObject property, string? value, string what)
    {
        var type = property["type"]!.GetValue<string>();
        if (type == "Hidden")
        {
            Assert.True(value == property["value"]!.GetValue<string>(), $"{what}: '{value}' instead of the template's '{property["value"]}'.");
        }

        if (type == "Dropdown")
        {
            var choices = property["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();
            Assert.True(value is not null && choices.Contains(value), $"{what}: '{value}' is not one of {string.Join(", ", choices)}.");
        }

        var constraints = property["constraints"];
        if (constraints?["notEmpty"]?.GetValue<bool>() == true)
        {
            Assert.False(string.IsNullOrEmpty(value), $"{what} is empty.");
        }

        if (constraints?["pattern"]?["value"]?.GetValue<string>() is { } pattern)
        {
            Assert.Matches(new Regex(pattern), value ?? "");
        }
    }

    /// <summary>The value a binding reads on the task (null when absent), and a key naming the place.</summary>
    private static (string Key, string? Value) ValueOf(XElement task, JsonObject binding)
    {
        var type = binding["type"]!.GetValue<string>();
        var extensions = task.Element(Bpmn + "extensionElements");
        if (type == "zeebe:input")
        {
            var name = binding["name"]!.GetValue<string>();
            var input = extensions?.Element(Zeebe + "ioMapping")?.Elements(Zeebe + "input").SingleOrDefault(i => i.Attribute("target")?.Value == name);
            return ($"input {name}", input?.Attribute("source")?.Value);
        }

        if (type == "zeebe:taskHeader")
        {
            var key = binding["key"]!.GetValue<string>();
            var header = extensions?.Element(Zeebe + "taskHeaders")?.Elements(Zeebe + "header").SingleOrDefault(h => h.Attribute("key")?.Value == key);
            return ($"header {key}", header?.Attribute("value")?.Value);
        }

        var element = extensions?.Element(Zeebe + type["zeebe:".Length..]);
        if (binding["property"]?.GetValue<string>() is { } attribute)
        {
            return ($"{type}@{attribute}", element?.Attribute(attribute)?.Value);
        }

        return (type, element is null ? null : "");
    }

    /// <summary>Every value the task's zeebe extensions hold, keyed as <see cref="ValueOf"/> keys them.</summary>
    private static IEnumerable<string> ExtensionsOf(XElement task)
    {
        foreach (var extension in task.Element(Bpmn + "extensionElements")?.Elements().Where(e => e.Name.Namespace == Zeebe) ?? [])
        {
            if (extension.Name.LocalName == "ioMapping")
            {
                foreach (var mapping in extension.Elements())
                {
                    yield return mapping.Name.LocalName == "input" ? $"input {mapping.Attribute("target")?.Value}" : $"output {mapping.Attribute("target")?.Value}";
                }

                continue;
            }

            if (extension.Name.LocalName == "taskHeaders")
            {
                foreach (var header in extension.Elements(Zeebe + "header"))
                {
                    yield return $"header {header.Attribute("key")?.Value}";
                }

                continue;
            }

            var type = "zeebe:" + extension.Name.LocalName;
            var attributes = extension.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
            if (attributes.Count == 0)
            {
                yield return type;
            }

            foreach (var attribute in attributes)
            {
                yield return $"{type}@{attribute.Name.LocalName}";
            }
        }
    }
}
