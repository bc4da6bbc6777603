using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;
using Markdig;

namespace KnowledgeGen.Tests;

/// <summary>
/// Text from fact files put in the review's Markdown through <see cref="MarkdownText"/>, rendered by Markdig
/// with its GFM extensions (tables, autolinks, task lists, emphasis extras, raw HTML allowed as GitHub allows
/// it): whatever the text, the HTML holds only the elements the writer itself makes, every code span stays
/// whole, and the visible text is the input with its control characters escaped.
/// </summary>
public partial class MarkdownTextTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TheoryData<string> Hostile() => new(
        "a`b", "``", "` </code><details><summary>More</summary>", "```\ncode\n```", "<details open><summary>x</summary>",
        "<!-- hidden -->", "<script>alert(1)</script>", "&lt;details&gt; &amp; &#60;b&#62; &copy;", "@octocat and @github/security",
        "[approve](https://example.com) ![x](https://example.com/x.png)", "https://example.com/x and www.example.com", "<https://example.com>",
        "| a | b |\n|---|---|\n| c | d |", "**bold** _em_ ~~gone~~ *x*", "- item", "+ item", "1. first", "2) second", "---", "===", "# heading",
        "> quoted", "    indented code", "[^1]: footnote", "- [ ] task", "line\nbreak\r\nand\u2028separator", "bell\u0007 and \u202Eright-to-left",
        "trailing backslash\\", "Note: the U.S. tariff was 25 per cent.");

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Text_renders_as_itself_in_a_line_of_the_review(string input)
    {
        // As the diff writes an item: an id and a file in code, then the statement.
        string line = "- " + MarkdownText.Code(input) + " (in " + MarkdownText.Code(input) + "): " + MarkdownText.Inline(input) + "\n";

        string html = Markdown.ToHtml(line, Gfm);

        Assert.Equal(["code", "code", "li", "ul"], Elements(html));
        Assert.Equal(2, Regex.Count(html, "<code>"));
        string shownCode = PrintableText.Escape(input);
        string shownText = PrintableText.Escape(input.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' '));
        Assert.Equal($"{shownCode} (in {shownCode}): {shownText}", Visible(html));
        Assert.DoesNotMatch(@"@\w", WebUtility.HtmlDecode(Regex.Replace(html, "<code>.*?</code>", string.Empty)));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Text_renders_as_itself_as_a_paragraph_of_its_own(string input)
    {
        string html = Markdown.ToHtml(MarkdownText.Inline(input) + "\n", Gfm);

        Assert.Equal(["p"], Elements(html));
        Assert.Equal(PrintableText.Escape(input.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ')), Visible(html));
    }

    [Fact]
    public void The_diff_of_a_fact_whose_text_would_hide_another_renders_every_fact_visibly()
    {
        using var before = new TemporaryDirectory();
        using var after = new TemporaryDirectory();
        foreach (TemporaryDirectory side in new[] { before, after })
        {
            side.Write("article.txt", SmallKnowledgeBase.Article);
            side.Write("declarations.yaml", SmallKnowledgeBase.Declarations);
        }

        before.Write("facts.yaml", "facts: []\n");
        // The first fact's statement opens a collapsed <details> that would swallow the second, added fact.
        after.Write("facts.yaml", SmallKnowledgeBase.ValidFact.Replace("statement: The port handled 2.5 million containers in 2019.", "statement: \"Harmless. <details><summary>ok</summary> `` @octocat\"")
            + SmallKnowledgeBase.ValidFact.Replace("facts:\n", string.Empty).Replace("id: containers-2019", "id: hidden-fact"));
        var output = new StringWriter();

        int exit = CommandLine.Run(["diff", before.Path, after.Path], output, new StringWriter(), githubActions: false);

        Assert.Equal(0, exit);
        string html = Markdown.ToHtml(output.ToString(), Gfm);
        Assert.DoesNotContain("<details", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<code>hidden-fact</code>", html);
        Assert.Contains("Harmless. &lt;details&gt;&lt;summary&gt;ok&lt;/summary&gt; `` @\u2060octocat", html);
    }

    /// <summary>The names of the HTML elements, each once per opening tag, in order of name.</summary>
    private static string[] Elements(string html)
        => Regex.Matches(html, @"<([a-zA-Z][a-zA-Z0-9]*)").Select(m => m.Groups[1].Value.ToLowerInvariant()).Order(StringComparer.Ordinal).ToArray();

    /// <summary>What a reader sees: the text without tags, entities decoded, the invisible word joiner dropped, white space as in the line.</summary>
    private static string Visible(string html)
    {
        string text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", string.Empty)).Replace("\u2060", string.Empty, StringComparison.Ordinal);
        return text.Trim('\n');
    }
}
