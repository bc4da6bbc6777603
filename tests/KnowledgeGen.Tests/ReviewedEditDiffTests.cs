using System.Text.Json;
using Json.Schema;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;

namespace KnowledgeGen.Tests;

/// <summary>
/// Eight ordinary pull-request edits (<see cref="ReviewedEdit"/>) run through `knowledgegen diff` in both formats:
/// for each, what a reviewer needs to decide is in the Markdown and, structured, in JSON valid against
/// docs/schema/diff.schema.json.
/// </summary>
public class ReviewedEditDiffTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(RepositoryPaths.Root, "docs", "schema", "diff.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string> Edits => new(ReviewedEdit.Names);

    [Theory]
    [MemberData(nameof(Edits))]
    public void The_json_of_every_edit_is_valid_against_the_published_schema(string name)
    {
        using var edit = new ReviewedEdit(name);

        string json = Diff(edit, "json");

        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).SelectMany(d => (d.Errors ?? new Dictionary<string, string>()).Select(e => d.InstanceLocation + ": " + e.Value)).ToList();
        Assert.True(results.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void A_money_value_changed_shows_the_statement_the_values_and_the_error_it_introduces()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.MoneyValue);

        string markdown = Diff(edit, "markdown");
        using JsonDocument json = JsonDocument.Parse(Diff(edit, "json"));

        Assert.Contains("- `budget-approved` (money) at `budget.yaml:2`: The city council approved a budget of $4.2 million.", markdown);
        Assert.Contains("    - before: 4200000 USD (printed “$4.2 million”)\n    - after: 4300000 USD (printed “$4.2 million”)", markdown);
        Assert.Contains("- KG0042 at `budget.yaml(6,22)`: The amount 4300000 does not match the printed text '$4.2 million'", markdown);
        Assert.Contains("introduced by this change: 1, fixed: 0", markdown);

        JsonElement field = Single(json, "facts", "changed").GetProperty("fields").EnumerateArray().Single();
        Assert.Equal("value", field.GetProperty("field").GetString());
        Assert.Equal(4200000m, field.GetProperty("old").GetProperty("amount").GetDecimal());
        Assert.Equal(4300000m, field.GetProperty("new").GetProperty("amount").GetDecimal());
        Assert.Equal("USD", field.GetProperty("new").GetProperty("currency").GetString());
        Assert.Equal("$4.2 million", field.GetProperty("new").GetProperty("printed").GetString());
        JsonElement introduced = json.RootElement.GetProperty("checks").GetProperty("introduced").EnumerateArray().Single();
        Assert.Equal(("KG0042", "budget.yaml", 6), (introduced.GetProperty("id").GetString(), introduced.GetProperty("file").GetString(), introduced.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void A_quote_swapped_for_another_sentence_shows_both_sentences_and_the_words_changed_under_the_statement()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.QuoteSwapped);

        string markdown = Diff(edit, "markdown");
        using JsonDocument json = JsonDocument.Parse(Diff(edit, "json"));

        Assert.Contains("- `budget-growth` (percentage) at `budget.yaml:11`: The budget is 3 per cent larger than last year's.\n  - citation changed (`council-report`):\n"
            + "    - before: “The city council approved a budget of $4.2 million on Tuesday, **up 3 per cent from last year**.”\n"
            + "    - after: “**Opponents said the plan was too costly.**”\n"
            + "    - words: ~~up 3 per cent from last year~~ **Opponents said the plan was too costly.**\n", markdown);
        Assert.Contains("- KG0041 at `budget.yaml(15,", markdown); // the printed value no longer stands in any quote

        JsonElement changed = Single(json, "facts", "changed");
        Assert.Equal("The budget is 3 per cent larger than last year's.", changed.GetProperty("statement").GetString());
        JsonElement citation = changed.GetProperty("citationChanges").EnumerateArray().Single();
        Assert.Equal("up 3 per cent from last year", citation.GetProperty("old").GetProperty("quoted").GetString());
        Assert.Equal(2, citation.GetProperty("old").GetProperty("position").GetProperty("line").GetInt32());
        Assert.Equal(4, citation.GetProperty("new").GetProperty("position").GetProperty("line").GetInt32());
        Assert.Equal(["removed", "added"], citation.GetProperty("words").EnumerateArray().Select(w => w.GetProperty("change").GetString()));
    }

    [Fact]
    public void A_rename_with_its_reference_is_one_rename_with_its_api_impact_and_the_retired_entry_that_keeps_code_compiling()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.RenameWithReference);

        string markdown = Diff(edit, "markdown");
        using JsonDocument json = JsonDocument.Parse(Diff(edit, "json"));

        Assert.Contains("**Facts:** 1 changed, 1 renamed.", markdown);
        Assert.Contains("- `budget-approved` → `council-approved-budget` at `budget.yaml:2` (was at `budget.yaml:2`): The city council approved a budget of $4.2 million.", markdown);
        Assert.Contains("  - contradicts:\n    - added: council-approved-budget\n    - removed: budget-approved\n", markdown);
        Assert.Contains("- `Facts.BudgetApproved` (MoneyFact) renamed to `Facts.CouncilApprovedBudget`", markdown);
        Assert.Contains("    ```yaml\n    retired:\n      - id: budget-approved\n        reason: Renamed to council-approved-budget.\n        replacement: council-approved-budget\n    ```\n", markdown);
        Assert.Contains("introduced by this change: 0, fixed: 0", markdown);

        JsonElement renamed = Single(json, "facts", "renamed");
        Assert.Equal(("budget-approved", "council-approved-budget", "budget.yaml", 2), (renamed.GetProperty("from").GetString(), renamed.GetProperty("to").GetString(), renamed.GetProperty("file").GetString(), renamed.GetProperty("line").GetInt32()));
        JsonElement api = json.RootElement.GetProperty("api").EnumerateArray().Single();
        Assert.Equal("council-approved-budget", api.GetProperty("retired").GetProperty("replacement").GetString());

        // The suggested entry, pasted into a fact file, is accepted by the checks and named as what keeps the member.
        JsonElement retired = api.GetProperty("retired");
        File.AppendAllText(
            Path.Combine(edit.After, "budget.yaml"),
            $"\nretired:\n  - id: {retired.GetProperty("id")}\n    reason: {retired.GetProperty("reason")}\n    replacement: {retired.GetProperty("replacement")}\n");
        using JsonDocument kept = JsonDocument.Parse(Diff(edit, "json"));
        Assert.Equal("budget.yaml:21", kept.RootElement.GetProperty("api").EnumerateArray().Single().GetProperty("keptBy").GetString());
        Assert.Empty(kept.RootElement.GetProperty("checks").GetProperty("introduced").EnumerateArray());
    }

    [Theory]
    [InlineData(ReviewedEdit.Move)]
    [InlineData(ReviewedEdit.Reorder)]
    public void A_move_or_a_reorder_is_no_change_and_introduces_no_error(string name)
    {
        using var edit = new ReviewedEdit(name);

        string markdown = Diff(edit, "markdown");
        using JsonDocument json = JsonDocument.Parse(Diff(edit, "json"));

        Assert.Contains("No change to any fact, entity, source or measure.", markdown);
        foreach (string section in new[] { "facts", "entities", "sources", "measures" })
        {
            Assert.All(json.RootElement.GetProperty(section).EnumerateObject(), list => Assert.Empty(list.Value.EnumerateArray()));
        }

        Assert.Empty(json.RootElement.GetProperty("checks").GetProperty("introduced").EnumerateArray()); // the fixture's own error moved with its fact
        Assert.Empty(json.RootElement.GetProperty("checks").GetProperty("fixed").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("api").EnumerateArray());
    }

    [Fact]
    public void An_added_fact_with_two_citations_shows_its_statement_and_each_quote_in_its_sentence()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.AddedWithTwoCitations);

        string markdown = Diff(edit, "markdown");
        using JsonDocument json = JsonDocument.Parse(Diff(edit, "json"));

        Assert.Contains("- `budget-approved-over-objections` (claim) at `budget.yaml:20`: The council approved the budget although opponents said the plan was too costly.\n"
            + "  - about: city-council\n"
            + "  - cites `council-report`: “**The city council approved a budget of $4.2 million** on Tuesday, up 3 per cent from last year.”\n"
            + "  - cites `council-report`: “**Opponents said the plan was too costly.**”\n", markdown);

        JsonElement added = Single(json, "facts", "added");
        Assert.Equal(["city-council"], added.GetProperty("fields").GetProperty("about").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([2, 4], added.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("position").GetProperty("line").GetInt32()));
        Assert.Empty(json.RootElement.GetProperty("api").EnumerateArray());
    }

    [Fact]
    public void A_status_change_shows_the_statement_and_the_stage_before_and_after()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.StatusChange);

        string markdown = Diff(edit, "markdown");
        using JsonDocument json = JsonDocument.Parse(Diff(edit, "json"));

        Assert.Contains("- `new-buses` (quantity) at `transport.yaml:2`: The budget funds 12 new buses.\n  - status:\n    - before: *(none)*\n    - after: planned\n", markdown);
        JsonElement field = Single(json, "facts", "changed").GetProperty("fields").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, field.GetProperty("old").ValueKind);
        Assert.Equal("planned", field.GetProperty("new").GetString());
    }

    [Fact]
    public void An_entity_deleted_while_referenced_shows_each_dangling_reference_located_and_the_member_removed()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.EntityDeletedWhileReferenced);

        string markdown = Diff(edit, "markdown");
        using JsonDocument json = JsonDocument.Parse(Diff(edit, "json"));

        Assert.Contains("### Dangling references (2)\n\n- KG0021 at `transport.yaml(14,13)`: No entity has the id 'ana-ruiz'", markdown);
        Assert.Contains("- KG0021 at `transport.yaml(15,22)`: No entity has the id 'ana-ruiz'", markdown);
        Assert.Contains("- `People.AnaRuiz` (Entity) removed", markdown);
        Assert.Contains("- `ana-ruiz` was at `entities.yaml:5`: Ana Ruiz", markdown);

        JsonElement[] dangling = json.RootElement.GetProperty("checks").GetProperty("dangling").EnumerateArray().ToArray();
        Assert.Equal([("KG0021", 14), ("KG0021", 15)], dangling.Select(d => (d.GetProperty("id").GetString(), d.GetProperty("line").GetInt32())));
        Assert.Equal(2, json.RootElement.GetProperty("checks").GetProperty("introduced").GetArrayLength());
    }

    private static JsonElement Single(JsonDocument json, string section, string list)
        => json.RootElement.GetProperty(section).GetProperty(list).EnumerateArray().Single();

    /// <summary>The diff as the command prints it.</summary>
    private static string Diff(ReviewedEdit edit, string format)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLine.Run(["diff", edit.Before, edit.After, "--format", format], output, error, githubActions: false);
        Assert.True(exit == 0, error.ToString());
        return output.ToString();
    }
}
