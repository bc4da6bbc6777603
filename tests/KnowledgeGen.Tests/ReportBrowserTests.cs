using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;
using KnowledgeGen.Tool.Reviewing;
using Microsoft.Playwright;

namespace KnowledgeGen.Tests;

/// <summary>
/// The evidence report of the repository's own facts, opened from file:// in a real headless Chromium: a cited
/// sentence is marked (by more than colour), its fact link lands on the fact, the pages work from the keyboard
/// and fit a phone's width. A screenshot of the source page is kept under the test output (screenshots/).
/// </summary>
[StartsRealProcesses]
public sealed class ReportBrowserTests : IClassFixture<HeadlessChromium>, IDisposable
{
    private const string CitedSentence = "That's the biggest drop since May 2009.";
    private readonly HeadlessChromium _chromium;
    private readonly TemporaryDirectory _report = new();

    public ReportBrowserTests(HeadlessChromium chromium)
    {
        _chromium = chromium;
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLine.Run(["report", RepositoryPaths.Facts, "--out", _report.Path], output, error, githubActions: false);
        Assert.True(exit == 0, error.ToString());
    }

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [FactNeeding(InstalledProgram.Chromium)]
    public async Task A_cited_sentence_is_highlighted_and_its_fact_link_lands_on_the_fact()
    {
        IPage page = await Open("source-us-team-back-in-beijing.html", width: 820, height: 620);
        ILocator sentence = page.Locator("mark.cited", new() { HasText = CitedSentence });

        await Assertions.Expect(sentence).ToHaveCountAsync(1);
        string background = await sentence.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        ILocator quoted = sentence.Locator(".quoted");
        Assert.Contains("underline", await quoted.First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        ILocator label = page.Locator(".cites", new() { Has = page.Locator("a.fact-link") }).Filter(new() { HasText = "cited by" });
        Assert.True(await label.CountAsync() > 0);

        await sentence.ScrollIntoViewIfNeededAsync();
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "source-page.png") });

        ILocator link = page.Locator("mark.cited:has-text(\"" + CitedSentence + "\") + .cites a.fact-link").First;
        string factId = await link.InnerTextAsync();
        await link.ClickAsync();

        Assert.Matches("/facts-topics-[a-z-]+\\.html#" + factId + "$", page.Url);
        ILocator fact = page.Locator($"article.fact[id='{factId}']");
        await Assertions.Expect(fact).ToBeInViewportAsync();
        Assert.True(await fact.EvaluateAsync<bool>("e => e.matches(':target')"));
        await Assertions.Expect(fact.Locator("blockquote .quoted").First).ToBeVisibleAsync();
        Assert.Contains(CitedSentence, await fact.InnerTextAsync());
    }

    [FactNeeding(InstalledProgram.Chromium)]
    public async Task The_first_tab_reaches_a_skip_link_that_moves_focus_to_the_content()
    {
        IPage page = await Open("index.html", width: 1000, height: 800);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("A", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        string outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    /// <summary>A page of each kind the report writes.</summary>
    public static TheoryData<string> OnePageOfEachKind => new("index.html", SearchPage.File, "source-china-refuses-two-demands.html", "facts.html", "facts-topics-tariffs.html", "entity-china.html");

    [TheoryNeeding(InstalledProgram.Chromium)]
    [MemberData(nameof(OnePageOfEachKind))]
    public async Task Pages_fit_a_phone_without_sideways_scrolling(string file)
    {
        IPage page = await Open(file, width: 375, height: 700);

        int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{file} is {overflow}px wider than a 375px screen");
    }

    [FactNeeding(InstalledProgram.Chromium)]
    public async Task The_search_page_finds_a_fact_from_file_and_its_result_lands_on_the_fact()
    {
        IPage page = await Open(SearchPage.File, width: 1000, height: 800);

        await page.Locator("#search").FillAsync("biggest drop");

        ILocator results = page.Locator("#results li a");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        Assert.Contains("match", await page.Locator("#search-status").InnerTextAsync());
        string factId = await results.First.InnerTextAsync();
        await results.First.ClickAsync();
        Assert.EndsWith("#" + factId, page.Url);
        Assert.Contains(CitedSentence, await page.Locator($"article.fact[id='{factId}']").InnerTextAsync());
    }

    [TheoryNeeding(InstalledProgram.Chromium)]
    [MemberData(nameof(OnePageOfEachKind))]
    public async Task Headings_go_down_one_level_at_a_time_from_a_single_h1(string file)
    {
        IPage page = await Open(file, width: 1000, height: 800);

        int[] levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");

        Assert.Equal(1, levels[0]);
        Assert.Single(levels, 1);
        for (int i = 1; i < levels.Length; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{file}: an h{levels[i]} follows an h{levels[i - 1]}");
        }
    }

    [FactNeeding(InstalledProgram.Chromium)]
    public async Task Every_link_of_the_index_and_a_source_page_lands_on_a_page_and_an_element_that_exist()
    {
        foreach (string file in new[] { "index.html", "source-us-team-back-in-beijing.html" })
        {
            IPage page = await Open(file, width: 1000, height: 800);
            string[] links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
            Assert.NotEmpty(links);

            // Every page linked to exists; each one a link names an element of is opened once, and the elements looked up there.
            foreach (IGrouping<string, string> target in links.Distinct().GroupBy(link => link.Split('#')[0]))
            {
                Assert.StartsWith("file://", target.Key);
                Assert.True(File.Exists(new Uri(target.Key).LocalPath), $"{file} links to {target.Key}, which does not exist");
                string[] ids = target.Select(link => Uri.UnescapeDataString(new Uri(link).Fragment.TrimStart('#'))).Where(id => id.Length > 0).ToArray();
                if (ids.Length == 0)
                {
                    continue;
                }

                await page.GotoAsync(target.Key);
                string[] missing = await page.EvaluateAsync<string[]>("ids => ids.filter(id => document.getElementById(id) === null)", ids);
                Assert.True(missing.Length == 0, $"{file} links to {target.Key} at {string.Join(", ", missing)}, which it does not have");
            }
        }
    }

    public void Dispose() => _report.Dispose();

    private async Task<IPage> Open(string file, int width, int height)
    {
        IPage page = await _chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var requests = new List<string>();
        var console = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) => console.Add(message.Type + ": " + message.Text);
        await page.GotoAsync(new Uri(Path.Combine(_report.Path, file)).AbsoluteUri);
        Assert.All(requests, url => Assert.StartsWith("file://", url)); // nothing fetched from elsewhere
        Assert.True(console.Count == 0, string.Join("\n", console)); // the Content-Security-Policy refused nothing the page has (its style, the search script)
        Assert.Equal("absolute", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.skip')).position")); // the inlined style sheet applies
        return page;
    }
}
