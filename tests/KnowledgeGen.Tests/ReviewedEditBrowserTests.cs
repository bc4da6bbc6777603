using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;
using Microsoft.Playwright;

namespace KnowledgeGen.Tests;

/// <summary>
/// The report of a pull request that changes a money value and adds a fact quoting a sentence another fact
/// quotes, changed since the side before, in headless Chromium at a desktop's and a phone's width: the marks are
/// visible, told apart by shape, fit the screen; screenshots of each page are kept under screenshots/.
/// </summary>
[StartsRealProcesses]
public sealed class ReviewedEditBrowserTests : IClassFixture<HeadlessChromium>, IDisposable
{
    private readonly HeadlessChromium _chromium;
    private readonly ReviewedEdit _edit = new(ReviewedEdit.AddedWithTwoCitations);
    private readonly string _report;

    public ReviewedEditBrowserTests(HeadlessChromium chromium)
    {
        _chromium = chromium;
        ReviewedEdit.Replace(_edit.After, "budget.yaml", "amount: 4200000,", "amount: 4300000,");
        _report = _edit.Output("report");
        var error = new StringWriter();
        int exit = CommandLine.Run(["report", _edit.After, "--out", _report, "--changed-since", _edit.Before], new StringWriter(), error, githubActions: false);
        Assert.True(exit == 0, error.ToString());
    }

    [TheoryNeeding(InstalledProgram.Chromium)]
    [InlineData(1280, 900)]
    [InlineData(375, 740)]
    public async Task The_changed_article_shows_each_facts_words_apart_and_fits_the_screen(int width, int height)
    {
        IPage page = await Open("source-council-report.html", width, height);

        ILocator sentence = page.Locator("#s-2");
        string[] underlines = await sentence.Locator(".quoted").EvaluateAllAsync<string[]>(
            "spans => spans.map(s => { const c = getComputedStyle(s); return c.textDecorationLine === 'underline' ? 'underline ' + c.textDecorationStyle : c.borderBottomStyle + ' ' + c.paddingBottom; })");
        Assert.Equal(3, underlines.Distinct().Count()); // three facts quote the sentence, each marked in a shape of its own
        await Assertions.Expect(page.Locator(".badge.changed", new() { HasText = "value was 4200000 USD" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "wider than the screen");
        await Screenshot(page, "source", width);
    }

    [TheoryNeeding(InstalledProgram.Chromium)]
    [InlineData(1280, 900)]
    [InlineData(375, 740)]
    public async Task The_index_the_changed_fact_and_the_search_fit_the_screen(int width, int height)
    {
        foreach (string file in new[] { "index.html", "facts-budget.html#budget-approved", "search.html?q=council+budget" })
        {
            IPage page = await Open(file, width, height);
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, $"{file} is wider than the screen");
            await Screenshot(page, file.Split('.')[0], width);
        }
    }

    [FactNeeding(InstalledProgram.Chromium)]
    public async Task A_search_from_the_address_finds_the_new_fact()
    {
        IPage page = await Open("search.html?q=objections", 1000, 800);

        await Assertions.Expect(page.Locator("#results li a")).ToHaveTextAsync(["budget-approved-over-objections"]);
        Assert.Equal("1 match.", await page.Locator("#search-status").InnerTextAsync());
    }

    public void Dispose() => _edit.Dispose();

    private async Task<IPage> Open(string file, int width, int height)
    {
        IPage page = await _chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Type + ": " + message.Text);
        string[] parts = file.Split('?', 2);
        string[] anchor = parts[0].Split('#', 2);
        string url = new Uri(Path.Combine(_report, anchor[0])).AbsoluteUri + (parts.Length > 1 ? "?" + parts[1] : string.Empty) + (anchor.Length > 1 ? "#" + anchor[1] : string.Empty);
        await page.GotoAsync(url);
        Assert.True(console.Count == 0, string.Join("\n", console));
        return page;
    }

    private static async Task Screenshot(IPage page, string name, int width)
    {
        Directory.CreateDirectory(ReportBrowserTests.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReportBrowserTests.Screenshots, $"changed-{name}-{width}.png"), FullPage = true });
    }
}
