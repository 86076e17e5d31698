using System.Security.Cryptography;
using System.Text;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Parsing;
using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine;

/// <summary>Deploying and checking BPMN models, versioned by process id.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Deploys BPMN XML: identical XML returns the existing version, a changed model becomes the next version,
    /// a model with problems is refused with every problem at once.
    /// </summary>
    public async Task<DeploymentResult> DeployAsync(string xml, string? deployedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var (parsed, startTimers, signalStarts) = Check(xml);
        if (!parsed.Succeeded)
        {
            return new DeploymentResult(parsed.Model?.Id, 0, Guid.Empty, false, parsed.Problems);
        }

        var model = parsed.Model!;
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        for (var attempt = 0; ; attempt++)
        {
            var latest = await store.FindLatestDefinitionAsync(model.Id, cancellationToken);
            if (latest is not null && latest.Checksum == checksum)
            {
                return new DeploymentResult(model.Id, latest.Version, latest.Key, false, parsed.Problems);
            }

            var definition = new ProcessDefinitionRecord(
                ProcessingContext.NewKey(), model.Id, model.Name, (latest?.Version ?? 0) + 1, xml, checksum, clock.GetUtcNow(), deployedBy);
            foreach (var timer in startTimers)
            {
                timer.DefinitionKey = definition.Key;
            }

            var messageStarts = model.MessageStartEvents.Select(s => ((MessageTrigger)s.Trigger!).MessageName).ToList();
            var added = new NewDefinition(definition, messageStarts, startTimers) { SignalStartNames = signalStarts };
            if (await store.TryAddDefinitionAsync(added, cancellationToken))
            {
                models.Add(definition.Key, model);
                return new DeploymentResult(model.Id, definition.Version, definition.Key, true, parsed.Problems);
            }

            if (attempt >= options.ConflictRetries)
            {
                return new DeploymentResult(model.Id, 0, Guid.Empty, false, [new ModelProblem(null, null, "Another deployment of this process is in progress; try again.")]);
            }
        }
    }

    /// <summary>
    /// Checks BPMN XML exactly as <see cref="DeployAsync"/> would, without deploying anything: every error and warning
    /// the deployment would report, each tied to its element.
    /// </summary>
    public IReadOnlyList<ModelProblem> Validate(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Check(xml).Parsed.Problems;
    }

    /// <summary>
    /// The deploy-time checks shared by deploying and validating: the parser's, then the start timers' schedules (not yet
    /// tied to a version) and the signal start events' names.
    /// </summary>
    private (BpmnParseResult Parsed, IReadOnlyList<TimerRecord> StartTimers, IReadOnlyList<string> SignalStarts) Check(string xml)
    {
        var parsed = BpmnParser.Parse(xml);
        if (!parsed.Succeeded)
        {
            return (parsed, [], []);
        }

        var startTimers = StartTimersOf(parsed.Model!);
        if (startTimers.Error is not null)
        {
            return (new BpmnParseResult(null, [.. parsed.Problems, new ModelProblem(startTimers.ElementId, "startEvent", startTimers.Error)]), [], []);
        }

        var signalStarts = SignalStartNames.Of(parsed.Model!, clock.GetUtcNow());
        if (signalStarts.Failed is { } failed)
        {
            return (new BpmnParseResult(null, [.. parsed.Problems, new ModelProblem(failed.Id, "startEvent", signalStarts.Error!)]), [], []);
        }

        return (parsed, startTimers.Timers, signalStarts.Starts.Select(s => s.Name).ToList());
    }

    private (IReadOnlyList<TimerRecord> Timers, string? ElementId, string? Error) StartTimersOf(ProcessModel model)
    {
        var timers = new List<TimerRecord>();
        var evaluator = new ExpressionEvaluator(new ProcessInstance(), clock.GetUtcNow());
        foreach (var start in model.TimerStartEvents)
        {
            var schedule = evaluator.EvaluateTimer((TimerTrigger)start.Trigger!, null);
            if (schedule.Failed)
            {
                return ([], start.Id, schedule.Error);
            }

            timers.Add(new TimerRecord
            {
                Key = ProcessingContext.NewKey(),
                ElementId = start.Id,
                DueAt = schedule.Value!.DueAt,
                Repetitions = schedule.Value.Repetitions,
                Interval = schedule.Value.Interval,
            });
        }

        return (timers, null, null);
    }
}
