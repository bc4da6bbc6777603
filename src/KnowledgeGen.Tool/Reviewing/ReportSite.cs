using System.Globalization;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// The evidence report: static, self-contained HTML pages (no font, style or script from elsewhere; one inlined
/// script, the search page's) that read the same from file:// as from a server. An index with each source's
/// coverage and the checks' errors; a page per source with the whole article, every cited sentence marked and
/// linked to the facts that cite it and every other sentence labelled; a page per entity listing its facts; every
/// fact in full on the page of its fact file, under an anchor named after its id, and listed on facts.html; a
/// search page. What changed since <c>--changed-since</c> is marked where it shows (<see cref="ReportChanges"/>).
/// Pages stay small at 100,000 facts: no fact is written out in full twice (the search index holds each fact's id
/// and statement once more).
/// </summary>
public sealed class ReportSite
{
    public const string FactsPage = "facts.html";

    private readonly CheckedKnowledgeBase _knowledgeBase;
    private readonly IReadOnlyList<LocatedDiagnostic> _errors;
    private readonly ReportChanges _changes;
    private readonly Dictionary<string, FactSpec> _factsById = new(StringComparer.Ordinal);
    private readonly List<FactSpec> _facts;
    private readonly Dictionary<string, SourceSpec> _sources;
    private readonly Dictionary<string, EntitySpec> _entities;
    private readonly ILookup<string, FactSpec> _factsAbout;
    private readonly ILookup<string, (string Fact, Microsoft.CodeAnalysis.Text.TextSpan Span)> _citationsOf;
    private readonly Dictionary<string, string> _pageOfFile = new(StringComparer.Ordinal);
    private readonly string _folder;
    private readonly Dictionary<string, string> _pageOfFact = new(StringComparer.Ordinal);

    /// <param name="errors">The diagnostics that fail the build, at the severities the build reads (as `knowledgegen check` lists them).</param>
    /// <param name="folder">The facts folder, which fact files are named relative to.</param>
    /// <param name="changes">What changed since the revision or folder of <c>--changed-since</c>.</param>
    public ReportSite(CheckedKnowledgeBase knowledgeBase, IReadOnlyList<LocatedDiagnostic> errors, string folder, ReportChanges changes)
    {
        _folder = folder;
        _knowledgeBase = knowledgeBase;
        _errors = errors;
        _changes = changes;
        _facts = knowledgeBase.Facts.ToList();
        foreach (FactSpec fact in _facts)
        {
            _factsById.TryAdd(fact.Id, fact);
        }

        _factsAbout = _facts.SelectMany(f => f.About.Select(a => a.Id).Distinct(StringComparer.Ordinal).Select(a => (Entity: a, Fact: f))).ToLookup(p => p.Entity, p => p.Fact, StringComparer.Ordinal);
        foreach (FactSpec fact in _facts)
        {
            string file = FileOf(fact);
            if (!_pageOfFile.TryGetValue(file, out string? page))
            {
                page = FactFilePage(file, _pageOfFile.Values);
                _pageOfFile[file] = page;
            }

            _pageOfFact[fact.Id] = page;
        }

        _citationsOf = _facts
            .SelectMany(f => f.Citations.Where(c => c.SourceSpan is not null).Select(c => (Source: c.Source.Id, Fact: f.Id, Span: c.SourceSpan.GetValueOrDefault())))
            .ToLookup(c => c.Source, c => (c.Fact, c.Span), StringComparer.Ordinal);
        _sources = new Dictionary<string, SourceSpec>(StringComparer.Ordinal);
        _entities = new Dictionary<string, EntitySpec>(StringComparer.Ordinal);
        foreach (CheckedFactFile file in knowledgeBase.Files)
        {
            foreach (SourceSpec source in file.File.Sources)
            {
                _sources.TryAdd(source.Id, source);
            }

            foreach (EntitySpec entity in file.File.Entities)
            {
                _entities.TryAdd(entity.Id, entity);
            }
        }
    }

    public static string SourcePage(string id) => "source-" + id + ".html";

    public static string EntityPage(string id) => "entity-" + id + ".html";

    /// <summary>A fact's file, relative to the facts folder.</summary>
    private string FileOf(FactSpec fact) => Path.GetRelativePath(_folder, fact.IdLocation.FilePath).Replace('\\', '/');

    /// <summary>The link to a fact: its anchor on the page of its fact file.</summary>
    public string FactLink(string id) => (_pageOfFact.TryGetValue(id, out string? page) ? page : FactsPage) + "#" + id;

    /// <summary>"facts-topics-tariffs.html" for topics/tariffs.yaml: the path's letters and digits, made unique.</summary>
    private static string FactFilePage(string path, IEnumerable<string> taken)
    {
        string withoutExtension = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            ? path[..path.LastIndexOf('.')]
            : path;
        string slug = new string(withoutExtension.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        string page = "facts-" + slug + ".html";
        for (int n = 2; taken.Contains(page, StringComparer.Ordinal); n++)
        {
            page = "facts-" + slug + "-" + Number(n) + ".html";
        }

        return page;
    }

    /// <summary>Every page, as (file name, HTML).</summary>
    public IEnumerable<(string File, string Html)> Pages()
    {
        List<SourceCoverage> coverage = _sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(Coverage).ToList();
        yield return ("index.html", Index(coverage));
        yield return (FactsPage, FactsPageHtml());
        yield return (SearchPage.File, SearchPage.Html(SearchEntries()));
        foreach (IGrouping<string, FactSpec> file in _facts.GroupBy(FileOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return (_pageOfFile[file.Key], FactFilePageHtml(file.Key, file.ToList()));
        }
        foreach (SourceCoverage source in coverage)
        {
            yield return (SourcePage(source.Source.Id), SourcePageHtml(source));
        }

        foreach (EntitySpec entity in _entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            yield return (EntityPage(entity.Id), EntityPageHtml(entity));
        }
    }

    private string Index(List<SourceCoverage> coverage)
    {
        return Page("Knowledge base report", html =>
        {
            html.Element("h1", "Knowledge base report").Line();
            html.Element("p", $"{Count(_facts.Count, "fact")} about {Count(_entities.Count, "entity", "entities")}, from {Count(_sources.Count, "source")}.");
            int errors = _errors.Count;
            if (errors > 0)
            {
                html.Element("p", $"The checks found {Count(errors, "error")}, listed below: facts that could not be read are missing here.", ("class", "unaccounted"));
            }

            if (_changes.Since is not null)
            {
                ChangesSection(html);
            }

            if (errors > 0)
            {
                ErrorsSection(html);
            }

            html.Element("h2", "Sources", ("id", "sources")).Line();
            html.Open("div", ("class", "table-scroll")).Open("table", ("class", "coverage"));
            html.Element("caption", "Each source's sentences: cited by a fact, listed as holding no claim, or unaccounted.", ("class", "muted"));
            html.Open("thead").Open("tr").Element("th", "Source", ("scope", "col")).Element("th", "Sentences", ("scope", "col"), ("class", "number"))
                .Element("th", "Cited", ("scope", "col"), ("class", "number")).Element("th", "No claim", ("scope", "col"), ("class", "number"))
                .Element("th", "Unaccounted", ("scope", "col"), ("class", "number")).Element("th", "Accounted for", ("scope", "col")).Close().Close();
            html.Open("tbody");
            foreach (SourceCoverage source in coverage)
            {
                int accounted = source.Cited + source.NotClaims;
                html.Open("tr")
                    .Open("th", ("scope", "row")).Element("a", source.Source.Title, ("href", SourcePage(source.Source.Id))).Close()
                    .Element("td", Number(source.Sentences), ("class", "number"), ("data-label", "Sentences"))
                    .Element("td", Number(source.Cited), ("class", "number"), ("data-label", "Cited"))
                    .Element("td", Number(source.NotClaims), ("class", "number"), ("data-label", "No claim"))
                    .Element("td", Number(source.Unaccounted), ("class", "number"), ("data-label", "Unaccounted"))
                    .Open("td", ("data-label", "Accounted for"))
                    .Element("meter", string.Empty, ("min", "0"), ("max", Number(Math.Max(1, source.Sentences))), ("value", Number(accounted)), ("aria-hidden", "true"))
                    .Text($" {Percent(accounted, source.Sentences)}")
                    .Close()
                    .Close().Line();
            }

            html.Close().Close().Close();

            html.Element("h2", "Entities", ("id", "entities")).Line();
            html.Open("ul");
            foreach (EntitySpec entity in _entities.Values.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
            {
                int facts = FactsAbout(entity.Id).Count();
                html.Open("li").Element("a", entity.Name, ("href", EntityPage(entity.Id))).Text($" ({FactFileFields.Name(entity.Kind)}, {Count(facts, "fact")})").Close().Line();
            }

            html.Close();
        });
    }

    private void ChangesSection(HtmlWriter html)
    {
        html.Element("h2", $"Facts changed since {_changes.Since}", ("id", "changed")).Line();
        if (_changes.Labels.Count + _changes.RemovedFacts.Count + _changes.RemovedEntities.Count == 0)
        {
            html.Element("p", "None.");
            return;
        }

        html.Open("ul");
        foreach ((string id, string what) in _changes.Labels.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            html.Open("li");
            FactAnchor(html, id);
            html.Text(" \u2014 " + what).Close().Line();
        }

        foreach (FactSpec fact in _changes.RemovedFacts)
        {
            html.Open("li", ("class", "removed")).Element("del", fact.Id).Text(" \u2014 removed: " + fact.Statement).Close().Line();
        }

        foreach (EntitySpec entity in _changes.RemovedEntities)
        {
            html.Open("li", ("class", "removed")).Element("del", entity.Id).Text($" \u2014 entity removed: {entity.Name}").Close().Line();
        }

        html.Close();
    }

    /// <summary>The errors of the checked side, each at its file, line and column, as `knowledgegen check` prints them.</summary>
    private void ErrorsSection(HtmlWriter html)
    {
        html.Element("h2", $"Errors ({Number(_errors.Count)})", ("id", "errors")).Line();
        html.Open("ul", ("class", "errors"));
        foreach (LocatedDiagnostic error in _errors)
        {
            html.Open("li").Element("code", error.Place).Text($": {error.Id}: {error.Message}").Close().Line();
        }

        html.Close();
    }

    /// <summary>Every fact, entity and source as the search page finds it: by id, statement, name, alias or title.</summary>
    private IEnumerable<SearchEntry> SearchEntries()
        => _facts.Select(f => new SearchEntry("fact", f.Id, FactLink(f.Id), f.Statement, f.Id + " " + f.Statement))
            .Concat(_entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => new SearchEntry(FactFileFields.Name(e.Kind), e.Name, EntityPage(e.Id), e.Id, string.Join(" ", e.Aliases.Prepend(e.Name).Append(e.Id)))))
            .Concat(_sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new SearchEntry("source", s.Title, SourcePage(s.Id), s.Publisher ?? s.Id, s.Title + " " + s.Id)));

    private string FactsPageHtml() => Page("Every fact", html =>
    {
        html.Element("h1", "Every fact").Line();
        html.Element("p", $"{Count(_facts.Count, "fact")}, by fact file. Each is in full on its file's page, at an anchor named after its id.");
        foreach (IGrouping<string, FactSpec> file in _facts.GroupBy(FileOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Open("h2").Element("a", file.Key, ("href", _pageOfFile[file.Key])).Close().Line();
            FactList(html, file);
        }
    });

    private string FactFilePageHtml(string file, List<FactSpec> facts) => Page(file, html =>
    {
        html.Element("h1", "Facts of " + file).Line();
        html.Element("p", $"{Count(facts.Count, "fact")}, by id.");
        foreach (FactSpec fact in facts)
        {
            FactCard(html, fact);
        }
    });

    private string EntityPageHtml(EntitySpec entity) => Page(entity.Name, html =>
    {
        html.Element("h1", entity.Name).Line();
        html.Open("dl", ("class", "fields"));
        html.Element("dt", "id").Element("dd", entity.Id);
        foreach (DiffField<EntitySpec> field in DiffFields.Entity)
        {
            if (field.Name != "name" && field.Read(entity) is { } value)
            {
                html.Element("dt", field.Name).Element("dd", Readable(value, field.IsList));
            }
        }

        html.Close().Line();
        List<FactSpec> facts = FactsAbout(entity.Id).ToList();
        html.Element("h2", $"Facts about {entity.Name} ({Number(facts.Count)})").Line();
        FactList(html, facts);
    });

    /// <summary>Facts as a list of links, each with its kind, statement and any change.</summary>
    private void FactList(HtmlWriter html, IEnumerable<FactSpec> facts)
    {
        html.Open("ul", ("class", "fact-list"));
        foreach (FactSpec fact in facts)
        {
            html.Open("li");
            FactAnchor(html, fact.Id);
            html.Element("span", FactFileFields.Name(fact.Kind), ("class", "badge"));
            if (_changes.LabelOf(fact.Id) is { } change)
            {
                html.Element("span", change, ("class", "badge changed"));
            }

            html.Text(" " + fact.Statement).Close().Line();
        }

        html.Close();
    }

    private string SourcePageHtml(SourceCoverage source) => Page(source.Source.Title, html =>
    {
        html.Element("h1", source.Source.Title).Line();
        html.Open("dl", ("class", "fields")).Element("dt", "id").Element("dd", source.Source.Id);
        foreach (DiffField<SourceSpec> field in DiffFields.Source)
        {
            if (field.Name != "title" && field.Read(source.Source) is { } value)
            {
                html.Element("dt", field.Name).Element("dd", Readable(value, field.IsList));
            }
        }

        html.Element("dt", "coverage").Element("dd", $"{Number(source.Sentences)} sentences: {Number(source.Cited)} cited, {Number(source.NotClaims)} holding no claim, {Number(source.Unaccounted)} unaccounted");
        html.Close().Line();
        html.Open("ul", ("class", "legend"), ("aria-label", "How sentences are marked"))
            .Open("li").Open("mark", ("class", "cited")).Text("Cited sentence, ").Element("span", "quoted words", ("class", "quoted")).Close().Text(", then links to the facts citing it").Close()
            .Open("li").Text("Several facts quoting one sentence: each one's words underlined in a shape of its own, ")
            .Element("span", "1", ("class", "key q1")).Element("span", "2", ("class", "key q2")).Element("span", "3", ("class", "key q3")).Text(" as before its link").Close()
            .Open("li").Open("span", ("class", "former")).Text("was cited by ").Element("del", "fact").Close().Text(": a citation the change took away (with ")
            .Element("code", "--changed-since").Text(")").Close()
            .Open("li").Open("span", ("class", "not-claim")).Text("Holds no claim ").Element("span", "no claim: reason", ("class", "label")).Close().Close()
            .Open("li").Open("span", ("class", "unaccounted")).Text("Unaccounted ").Element("span", "\u2691 unaccounted", ("class", "label")).Close().Close()
            .Close().Line();

        if (source.Document is null)
        {
            html.Element("p", $"The text file '{source.Source.File}' was not found, so the article cannot be shown.", ("class", "unaccounted"));
            return;
        }

        html.Open("article", ("class", "source"), ("aria-label", "The article's text"));
        SourceDocument document = source.Document;
        ILookup<int, FormerCitation> former = _changes.FormerIn(source.Source, document);
        for (int p = 0; p < document.ParagraphStarts.Count; p++)
        {
            int first = document.ParagraphStarts[p];
            int end = p + 1 < document.ParagraphStarts.Count ? document.ParagraphStarts[p + 1] : document.Sentences.Count;
            html.Open("p");
            for (int i = first; i < end; i++)
            {
                if (i > first)
                {
                    html.Text(" ");
                }

                Sentence(html, source, i, former);
            }

            html.Close().Line();
        }

        html.Close();
    });

    /// <summary>
    /// One sentence of an article: cited (each citing fact's quoted words marked in a style of their own, then the
    /// facts keyed to those styles), holding no claim, or unaccounted; then any citation of it the change took away.
    /// </summary>
    private void Sentence(HtmlWriter html, SourceCoverage source, int index, ILookup<int, FormerCitation> former)
    {
        SourceDocument document = source.Document!;
        string id = "s-" + Number(index + 1);
        int start = document.SentenceStarts[index];
        int end = start + document.Sentences[index].Length;
        if (source.CitedBy[index] is { Count: > 0 } citations)
        {
            List<string> facts = citations.Select(c => c.Fact).Distinct(StringComparer.Ordinal).ToList();
            html.Open("mark", ("class", "cited sentence"), ("id", id));
            var spans = citations.Select(c => (Key: facts.IndexOf(c.Fact), Start: Math.Max(start, c.Span.Start), End: Math.Min(end, c.Span.End))).Where(c => c.End > c.Start).ToList();
            int[] cuts = spans.SelectMany(c => new[] { c.Start, c.End }).Append(start).Append(end).Distinct().Order().ToArray();
            for (int i = 0; i + 1 < cuts.Length; i++)
            {
                // Each fact quoting this piece wraps it once, in the order of the facts' keys.
                int[] keys = spans.Where(c => c.Start <= cuts[i] && cuts[i + 1] <= c.End).Select(c => c.Key).Distinct().Order().ToArray();
                foreach (int key in keys)
                {
                    html.Open("span", ("class", "quoted " + KeyClass(key)), ("title", facts[key]));
                }

                html.Text(document.Text[cuts[i]..cuts[i + 1]]);
                foreach (int _ in keys)
                {
                    html.Close();
                }
            }

            html.Close();
            html.Open("span", ("class", "cites")).Text(" cited by");
            for (int key = 0; key < facts.Count; key++)
            {
                html.Text(" ");
                if (facts.Count > 1)
                {
                    html.Element("span", Number(key + 1), ("class", "key " + KeyClass(key)), ("aria-hidden", "true"));
                }

                FactAnchor(html, facts[key], "fact-link");
                if (_changes.LabelOf(facts[key]) is { } change)
                {
                    html.Element("span", change + OldValues(facts[key]), ("class", "badge changed"));
                }
            }

            html.Close();
        }
        else if (source.NotClaimReasons[index] is { } reason)
        {
            html.Open("span", ("class", "not-claim sentence"), ("id", id)).Text(document.Sentences[index] + " ").Element("span", "no claim: " + reason, ("class", "label")).Close();
        }
        else
        {
            html.Open("span", ("class", "unaccounted sentence"), ("id", id)).Text(document.Sentences[index] + " ").Element("span", "\u2691 unaccounted", ("class", "label")).Close();
        }

        foreach (FormerCitation citation in former[index])
        {
            html.Open("span", ("class", "former")).Text(" was cited by ").Element("del", citation.FactId, ("title", citation.Statement))
                .Text($" ({citation.Why} since {_changes.Since}: \u201C{citation.Statement}\u201D)").Close();
        }
    }

    /// <summary>The style of the n-th fact quoting a sentence: four underlines told apart by shape, then again.</summary>
    private static string KeyClass(int key) => "q" + Number(key % 4 + 1);

    /// <summary>"; value was …" for each field of a changed fact but its quotes (which the article shows where they stood).</summary>
    private string OldValues(string factId)
        => string.Concat(_changes.FieldsOf(factId).Where(f => f.Field != "quote").Select(f => $"; {f.Field} was {(f.Old is null ? "(none)" : Readable(f.Old, f.IsList))}"));

    /// <summary>A link to a fact, titled with its statement so that pointing at it says what the fact claims.</summary>
    private void FactAnchor(HtmlWriter html, string id, string? cssClass = null)
        => html.Element("a", id, ("href", FactLink(id)), ("title", _factsById.TryGetValue(id, out FactSpec? fact) ? fact.Statement : null), ("class", cssClass));

    private void FactCard(HtmlWriter html, FactSpec fact)
    {
        string? change = _changes.LabelOf(fact.Id);
        html.Open("article", ("class", change is not null ? "fact changed" : "fact"), ("id", fact.Id), ("aria-labelledby", "h-" + fact.Id));
        html.Open("h2", ("id", "h-" + fact.Id)).Element("a", fact.Id, ("href", "#" + fact.Id)).Element("span", FactFileFields.Name(fact.Kind), ("class", "badge"));
        if (change is not null)
        {
            html.Element("span", change, ("class", "badge changed"));
        }

        html.Close();
        html.Element("p", fact.Statement);
        html.Open("dl", ("class", "fields"));
        foreach (DiffField<FactSpec> field in DiffFields.Fact)
        {
            if (field.Name == "according-to" && fact.AccordingTo.Count == 0)
            {
                html.Element("dt", field.Name).Element("dd", "the article, in its own voice");
                continue;
            }

            if (field.Name is "kind" or "statement" or "quote" || field.Read(fact) is not { } value)
            {
                continue;
            }

            html.Element("dt", field.Name).Open("dd");
            if (field.Name is "about" or "according-to")
            {
                LinkedEntities(html, field.Name == "about" ? fact.About : fact.AccordingTo);
            }
            else
            {
                html.Text(Readable(value, field.IsList));
            }

            html.Close();
        }

        html.Close();
        if (_changes.FieldsOf(fact.Id) is { Count: > 0 } fields)
        {
            html.Open("dl", ("class", "fields was"), ("aria-label", "Before the change"));
            foreach (FieldChange field in fields)
            {
                html.Element("dt", field.Field + " before").Open("dd").Element("del", field.Old is null ? "(none)" : Readable(field.Old, field.IsList)).Close();
            }

            html.Close();
        }

        html.Element("h3", fact.Citations.Count == 1 ? "Citation" : "Citations");
        foreach (CitationSpec citation in fact.Citations)
        {
            Citation(html, citation);
        }

        html.Close().Line();
    }

    private void LinkedEntities(HtmlWriter html, EquatableArray<IdReference> entities)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            if (i > 0)
            {
                html.Text(", ");
            }

            string id = entities[i].Id;
            if (_entities.TryGetValue(id, out EntitySpec? entity))
            {
                html.Element("a", entity.Name, ("href", EntityPage(id)));
            }
            else
            {
                html.Text(id);
            }
        }
    }

    private void Citation(HtmlWriter html, CitationSpec citation)
    {
        _sources.TryGetValue(citation.Source.Id, out SourceSpec? source);
        SourceDocument? document = source is null ? null : _knowledgeBase.DocumentOf(source);
        html.Open("blockquote");
        if (document is not null && citation.SourceSpan is { } span)
        {
            QuoteSpan match = MatchOf(document, span.Start, span.End);
            html.Text(document.Text[match.SentenceStart..match.Start]).Element("span", document.Text[match.Start..match.End], ("class", "quoted")).Text(document.Text[match.End..match.SentenceEnd]);
        }
        else
        {
            html.Text(citation.Quote).Text(" (not found in the source)");
        }

        html.Open("footer").Text("\u2014 ");
        if (source is not null)
        {
            string sentence = document is not null && citation.SourceSpan is { } at ? "#s-" + Number(SentenceAt(document, at.Start) + 1) : string.Empty;
            html.Element("a", source.Title, ("href", SourcePage(source.Id) + sentence), ("class", "source-link"));
        }
        else
        {
            html.Text(citation.Source.Id);
        }

        html.Close().Close();
    }

    private static QuoteSpan MatchOf(SourceDocument document, int start, int end)
    {
        int first = SentenceAt(document, start);
        int last = SentenceAt(document, Math.Max(start, end - 1));
        return new QuoteSpan(start, end, document.SentenceStarts[first], document.SentenceStarts[last] + document.Sentences[last].Length);
    }

    /// <summary>The sentence holding a text offset (the last one starting at or before it).</summary>
    private static int SentenceAt(SourceDocument document, int offset)
    {
        int low = 0;
        int high = document.SentenceStarts.Count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (document.SentenceStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private IEnumerable<FactSpec> FactsAbout(string entity) => _factsAbout[entity];

    private SourceCoverage Coverage(SourceSpec source)
    {
        SourceDocument? document = _knowledgeBase.DocumentOf(source);
        int count = document?.Sentences.Count ?? 0;
        var citedBy = new List<(string Fact, Microsoft.CodeAnalysis.Text.TextSpan Span)>?[count];
        string?[] notClaims = document is null ? [] : NotClaimSentences.Reasons(source, document);
        if (document is not null)
        {
            foreach ((string fact, Microsoft.CodeAnalysis.Text.TextSpan span) in _citationsOf[source.Id])
            {
                for (int i = SentenceAt(document, span.Start); i < count && document.SentenceStarts[i] < span.End; i++)
                {
                    (citedBy[i] ??= []).Add((fact, span));
                }
            }
        }

        return new SourceCoverage(source, document, citedBy, notClaims);
    }

    private static string Page(string title, Action<HtmlWriter> content) => ReportPage.Write(title, content);

    private static string Readable(string value, bool isList) => isList ? value.Replace("\n", ", ", StringComparison.Ordinal) : value;

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string one, string? many = null) => Number(count) + " " + (count == 1 ? one : many ?? one + "s");

    private static string Percent(int part, int whole) => whole == 0 ? "\u2014" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A source's sentences: the facts citing each (with the quote's span), and each one's reason for holding no claim.</summary>
    private sealed record SourceCoverage(SourceSpec Source, SourceDocument? Document, List<(string Fact, Microsoft.CodeAnalysis.Text.TextSpan Span)>?[] CitedBy, string?[] NotClaimReasons)
    {
        public int Sentences => CitedBy.Length;

        public int Cited => CitedBy.Count(c => c is { Count: > 0 });

        public int NotClaims => NotClaimReasons.Where((r, i) => r is not null && CitedBy[i] is not { Count: > 0 }).Count();

        public int Unaccounted => Sentences - Cited - NotClaims;
    }
}
