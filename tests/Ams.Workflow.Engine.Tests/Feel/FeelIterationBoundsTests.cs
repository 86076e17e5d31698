using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelIterationBoundsTests
{
    [Fact]
    public void A_loop_over_a_huge_range_is_refused_before_it_runs()
    {
        var error = Assert.Throws<FeelEvaluationException>(() => Evaluate("for i in 1..1000000000 return i"));

        Assert.Contains("at most 100000", error.Message);
    }

    [Fact]
    public void Nested_loops_end_at_the_iteration_budget()
    {
        var error = Assert.Throws<FeelEvaluationException>(
            () => Evaluate("for i in 1..100000 return count(for j in 1..100000 return j)"));

        Assert.Contains("iterates more than", error.Message);
    }

    [Fact]
    public void Nested_quantifiers_end_at_the_iteration_budget()
    {
        Assert.Throws<FeelEvaluationException>(
            () => Evaluate("some i in 1..100000, j in 1..100000 satisfies i + j < 0"));
    }

    [Fact]
    public void A_catastrophic_regular_expression_still_answers()
    {
        Assert.Equal(false, Evaluate("matches(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"^(a+)+$\")"));
    }

    [Fact]
    public void Appending_past_the_list_bound_is_refused()
    {
        Assert.Throws<FeelEvaluationException>(
            () => Evaluate("concatenate(for i in 1..60000 return i, for i in 1..60000 return i)"));
    }
}
