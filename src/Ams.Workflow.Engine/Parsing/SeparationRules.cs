using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>A separation of duties may only name user tasks of the same process.</summary>
internal static class SeparationRules
{
    public static void Validate(ProcessModel model, ProblemList problems)
    {
        foreach (var task in model.Elements.Values.OfType<UserTask>())
        {
            foreach (var named in task.Separation.Tasks)
            {
                if (!model.Elements.TryGetValue(named, out var element))
                {
                    problems.Error(task, $"The task header '{SeparationOfDuties.SeparateFromHeader}' names '{named}', which is not an element of this process.");
                }
                else if (element is not UserTask)
                {
                    problems.Error(task, $"The task header '{SeparationOfDuties.SeparateFromHeader}' names '{named}', a {element.ElementType}: only user tasks have someone who completes them.");
                }
            }
        }
    }
}
