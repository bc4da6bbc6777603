using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// The frame of every page of the report: head, skip link, navigation and main. The style sheet (and the search
/// page's script) are the tool's own resources, inlined; a Content-Security-Policy allows those by their hash and
/// nothing else, so that nothing a fact file holds could run or fetch anything even if it reached the page.
/// </summary>
public static class ReportPage
{
    private static readonly string Css = "\n" + Resource("report.css");

    public static string Write(string title, Action<HtmlWriter> content, string? script = null)
    {
        var html = new HtmlWriter();
        html.Doctype().Line();
        html.Open("html", ("lang", "en")).Line();
        html.Open("head").Void("meta", ("charset", "utf-8"))
            .Void("meta", ("http-equiv", "Content-Security-Policy"), ("content", Policy(script)))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", title + " \u2014 knowledge base report").Style(Css).Close().Line();
        html.Open("body");
        html.Element("a", "Skip to content", ("class", "skip"), ("href", "#content")).Line();
        html.Open("nav", ("class", "site"), ("aria-label", "Report")).Open("ul")
            .Open("li").Element("a", "Index", ("href", "index.html")).Close()
            .Open("li").Element("a", "Sources", ("href", "index.html#sources")).Close()
            .Open("li").Element("a", "Entities", ("href", "index.html#entities")).Close()
            .Open("li").Element("a", "Every fact", ("href", ReportSite.FactsPage)).Close()
            .Open("li").Element("a", "Search", ("href", SearchPage.File)).Close()
            .Close().Close().Line();
        html.Open("main", ("id", "content"), ("tabindex", "-1"));
        content(html);
        html.Close().Line();
        if (script is not null)
        {
            html.Script(script).Line();
        }

        html.Close().Line().Close().Line();
        return html.ToString();
    }

    /// <summary>The tool's own file embedded under Reviewing/.</summary>
    public static string Resource(string name)
    {
        using Stream stream = typeof(ReportPage).Assembly.GetManifestResourceStream("KnowledgeGen.Tool.Reviewing." + name)
            ?? throw new InvalidOperationException($"The report's {name} is missing from the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Nothing allowed but the inlined style sheet and script, by their hashes; no base, form, frame or request.</summary>
    private static string Policy(string? script)
        => $"default-src 'none'; style-src '{Hash(Css)}'; script-src {(script is null ? "'none'" : $"'{Hash(script)}'")}; base-uri 'none'; form-action 'none'";

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
