using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;

namespace KnowledgeGen.Tests;

/// <summary>
/// The eight pull-request edits of <see cref="ReviewedEdit"/> run through `knowledgegen report --changed-since`:
/// the change is shown where a reviewer reads the evidence, on the article pages and the fact cards, with the old
/// values, the citations taken away, the facts and entities removed, and the errors of the checked side located.
/// </summary>
public class ReviewedEditReportTests
{
    public static TheoryData<string> Edits => new(ReviewedEdit.Names);

    [Theory]
    [MemberData(nameof(Edits))]
    public void Every_page_carries_a_content_security_policy_and_the_search_index_holds_every_fact(string name)
    {
        using var edit = new ReviewedEdit(name);

        string output = Report(edit);

        foreach (string page in Directory.GetFiles(output, "*.html"))
        {
            Assert.Matches("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; script-src [^\"]+\">", File.ReadAllText(page));
        }

        string search = File.ReadAllText(Path.Combine(output, "search.html"));
        foreach (string fact in Directory.GetFiles(output, "facts-*.html").SelectMany(p => Regex.Matches(File.ReadAllText(p), "<article class=\"fact[^\"]*\" id=\"([^\"]+)\"").Select(m => m.Groups[1].Value)))
        {
            Assert.Contains($"\"title\":\"{fact}\"", search);
        }
    }

    [Fact]
    public void A_money_value_changed_is_marked_on_the_article_with_its_old_value_and_its_error_listed_with_its_place()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.MoneyValue);

        string output = Report(edit);

        string source = File.ReadAllText(Path.Combine(output, "source-council-report.html"));
        Assert.Contains($">budget-approved</a><span class=\"badge changed\">changed (value) since {edit.Before}; value was 4200000 USD (printed “$4.2 million”)</span>", source);
        string card = File.ReadAllText(Path.Combine(output, "facts-budget.html"));
        Assert.Contains("<dt>value before</dt><dd><del>4200000 USD (printed “$4.2 million”)</del></dd>", card);
        Assert.Matches("<li><code>[^<]*after/budget.yaml\\(6,22\\)</code>: KG0042: The amount 4300000 does not match", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_quote_swapped_marks_the_sentence_it_left_and_the_one_it_now_cites()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.QuoteSwapped);

        string source = File.ReadAllText(Path.Combine(Report(edit), "source-council-report.html"));

        Assert.Matches("id=\"s-2\">(?:(?!id=\"s-3\").)*<span class=\"former\"> was cited by <del title=\"The budget is 3 per cent larger than last year&#39;s\\. \\(value 3% \\(printed “3 per cent”\\)\\)\">budget-growth</del> \\(citation changed since " + Regex.Escape(edit.Before) + "", source);
        Assert.Matches("<mark class=\"cited sentence\" id=\"s-5\">.*?>budget-growth</a><span class=\"badge changed\">changed \\(quote\\) since " + Regex.Escape(edit.Before) + "</span>", source);
    }

    [Fact]
    public void A_rename_is_listed_as_one_with_a_link_titled_with_the_statement()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.RenameWithReference);

        string index = File.ReadAllText(Path.Combine(Report(edit), "index.html"));

        Assert.Contains("<li><a href=\"facts-budget.html#council-approved-budget\" title=\"The city council approved a budget of $4.2 million.\">council-approved-budget</a> — renamed from budget-approved</li>", index);
        Assert.Contains(">opponents-too-costly</a> — changed (contradicts)</li>", index);
    }

    [Theory]
    [InlineData(ReviewedEdit.Move)]
    [InlineData(ReviewedEdit.Reorder)]
    public void A_move_or_a_reorder_marks_nothing(string name)
    {
        using var edit = new ReviewedEdit(name);

        string output = Report(edit);

        Assert.Contains($"<h2 id=\"changed\">Facts changed since {edit.Before}</h2>\n<p>None.</p>", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.All(Directory.GetFiles(output, "*.html"), page => Assert.DoesNotMatch("class=\"(fact changed|badge changed)\"|class=\"former\"> was cited by", File.ReadAllText(page)));
    }

    [Fact]
    public void Two_facts_quoting_one_sentence_have_their_words_marked_apart_and_keyed_to_their_links()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.AddedWithTwoCitations);

        string source = File.ReadAllText(Path.Combine(Report(edit), "source-council-report.html"));

        Assert.Contains("<mark class=\"cited sentence\" id=\"s-2\"><span class=\"quoted q1\" title=\"budget-approved\"><span class=\"quoted q2\" title=\"budget-approved-over-objections\">The city council approved a budget of $4.2 million</span></span> on Tuesday, <span class=\"quoted q3\" title=\"budget-growth\">up 3 per cent from last year</span>.</mark>", source);
        Assert.Contains("<span class=\"key q1\" aria-hidden=\"true\">1</span><a href=\"facts-budget.html#budget-approved\"", source);
        Assert.Contains($"<span class=\"key q2\" aria-hidden=\"true\">2</span><a href=\"facts-budget.html#budget-approved-over-objections\" title=\"The council approved the budget although opponents said the plan was too costly.\" class=\"fact-link\">budget-approved-over-objections</a><span class=\"badge changed\">new since {edit.Before}</span>", source);
    }

    [Fact]
    public void A_status_change_shows_the_stage_before_on_the_fact()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.StatusChange);

        string output = Report(edit);

        Assert.Contains("<dt>status before</dt><dd><del>(none)</del></dd>", File.ReadAllText(Path.Combine(output, "facts-transport.html")));
        Assert.Contains($">new-buses</a><span class=\"badge changed\">changed (status) since {edit.Before}; status was (none)</span>", File.ReadAllText(Path.Combine(output, "source-council-report.html")));
    }

    [Fact]
    public void An_entity_deleted_while_referenced_is_listed_as_removed_with_each_dangling_reference_located()
    {
        using var edit = new ReviewedEdit(ReviewedEdit.EntityDeletedWhileReferenced);

        string output = Report(edit);

        string index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<li class=\"removed\"><del>ana-ruiz</del> — entity removed: Ana Ruiz</li>", index);
        Assert.Matches("<code>[^<]*after/transport.yaml\\(14,13\\)</code>: KG0021: No entity has the id &#39;ana-ruiz&#39;", index);
        Assert.Matches("<code>[^<]*after/transport.yaml\\(15,22\\)</code>: KG0021: No entity has the id &#39;ana-ruiz&#39;", index);
        Assert.False(File.Exists(Path.Combine(output, "entity-ana-ruiz.html")));
    }

    /// <summary>The report of the side after, changed since the side before, as the command writes it; the folder it wrote.</summary>
    private static string Report(ReviewedEdit edit)
    {
        string output = edit.Output("report");
        var error = new StringWriter();
        int exit = CommandLine.Run(["report", edit.After, "--out", output, "--changed-since", edit.Before], new StringWriter(), error, githubActions: false);
        Assert.True(exit == 0, error.ToString());
        return output;
    }
}
