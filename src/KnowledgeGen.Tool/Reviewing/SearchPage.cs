using System.Text.Json;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>An entry of the search page's index: what it is, its title and link, a line of detail, and the text searched.</summary>
public sealed record SearchEntry(string Kind, string Title, string Href, string Detail, string Text);

/// <summary>
/// search.html: a search box over every fact, entity and source. The index is written into the page as JSON and
/// read by the page's one small script (search.js), so the page works from file:// with nothing fetched; without
/// script, the page says where every fact is listed for the browser's own find.
/// </summary>
public static class SearchPage
{
    public const string File = "search.html";

    private static readonly string Script = ReportPage.Resource("search.js");

    private static readonly JsonSerializerOptions Camel = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Html(IEnumerable<SearchEntry> entries) => ReportPage.Write(
        "Search",
        html =>
        {
            html.Element("h1", "Search").Line();
            html.Open("p").Element("label", "Facts, entities and sources holding every word of", ("for", "search")).Close();
            html.Void("input", ("type", "search"), ("id", "search"), ("autocomplete", "off"), ("spellcheck", "false"), ("aria-describedby", "search-status")).Line();
            html.Element("p", string.Empty, ("id", "search-status"), ("role", "status"), ("class", "muted"));
            html.Element("ul", string.Empty, ("id", "results"), ("class", "fact-list")).Line();
            html.Open("noscript").Open("p").Text("Searching needs JavaScript. Without it, every fact is listed on ")
                .Element("a", "Every fact", ("href", ReportSite.FactsPage)).Text(", where the browser's find (Ctrl+F) searches them all.").Close().Close().Line();
            html.JsonData("search-index", JsonSerializer.Serialize(entries, Camel)).Line();
        },
        Script);
}
