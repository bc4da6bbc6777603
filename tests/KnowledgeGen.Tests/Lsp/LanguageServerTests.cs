using System.Text.Json.Nodes;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using KnowledgeGen.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGen.Tests.Lsp;

/// <summary>
/// The language server driven over stdio as an editor drives it, on a copy of facts/: diagnostics appearing and
/// clearing as the text changes (never saved), dependants re-checked, completion, hover, definition and fixes.
/// Which fact, quote or id is used is found in the copy, so the tests hold whatever the knowledge base says.
/// </summary>
[StartsRealProcesses]
public sealed class LanguageServerTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();
    private readonly string _facts;
    private readonly CheckedKnowledgeBase _knowledgeBase;

    public LanguageServerTests()
    {
        _work.CopyFolder(RepositoryPaths.Facts, "facts");
        _facts = Path.Combine(_work.Path, "facts");
        _knowledgeBase = KnowledgeBaseChecker.Check(Directory.EnumerateFiles(_facts, "*", SearchOption.AllDirectories)
            .Where(p => FilePaths.IsFactFile(p) || FilePaths.IsSourceText(p)).Select(p => (p, File.ReadAllText(p))));
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_wrong_quote_is_reported_at_its_line_while_typing_and_cleared_when_put_right_without_a_save()
    {
        (string file, string text, int line) = FirstPlainQuote();
        string wrong = Replace(text, line, "quote: ", "quote: Zyzzyva ");
        using LspClient client = Started();
        client.Open(file, text);
        client.WaitForDiagnostics(file, d => !HasCodeAt(d, "KG0040", line));

        client.Change(file, wrong, 2);
        JsonArray reported = client.WaitForDiagnostics(file, d => HasCodeAt(d, "KG0040", line));
        JsonNode diagnostic = reported.First(d => d!["code"]!.GetValue<string>() == "KG0040")!;
        Assert.Equal(1, diagnostic["severity"]!.GetValue<int>());
        Assert.StartsWith("The quote does not stand in source", diagnostic["message"]!.GetValue<string>());

        client.Change(file, text, 3);
        client.WaitForDiagnostics(file, d => !HasCodeAt(d, "KG0040", line));
        Assert.Equal(text, File.ReadAllText(file));
        Assert.Equal(0, client.Shutdown());
    }

    [Fact]
    public void Renaming_an_entity_reports_the_files_that_name_it_and_renaming_it_back_clears_them()
    {
        FactFileSpec entities = _knowledgeBase.Files.Select(f => f.File).First(f => f.Entities.Count > 0);
        EntitySpec entity = entities.Entities.First(e => _knowledgeBase.Facts.Any(f => f.About.Any(a => a.Id == e.Id)));
        string user = _knowledgeBase.Files.Select(f => f.File).First(f => f.Facts.Any(fact => fact.About.Any(a => a.Id == entity.Id))).Path;
        string text = File.ReadAllText(entities.Path);
        string renamed = Replace(text, entity.IdLocation.LineSpan.Start.Line, entity.Id, entity.Id + "-renamed");
        using LspClient client = Started();

        client.Open(entities.Path, renamed);
        JsonArray reported = client.WaitForDiagnostics(user, d => d.Any(x => x!["code"]!.GetValue<string>() == "KG0021" && x["message"]!.GetValue<string>().Contains("'" + entity.Id + "'")));
        Assert.NotEmpty(reported);

        client.Change(entities.Path, text, 2);
        client.WaitForDiagnostics(user, d => !d.Any(x => x!["code"]!.GetValue<string>() == "KG0021"));
    }

    [Fact]
    public void Editing_a_source_text_re_checks_the_quotes_of_it()
    {
        FactSpec fact = _knowledgeBase.Facts.First(f => f.Citations.Count > 0 && f.Citations[0].Sentence is not null);
        CitationSpec citation = fact.Citations[0];
        SourceDocument document = _knowledgeBase.DocumentOf(_knowledgeBase.Files.SelectMany(f => f.File.Sources).Single(s => s.Id == citation.Source.Id))!;
        string factFile = fact.IdLocation.FilePath;
        using LspClient client = Started();
        client.Open(factFile, File.ReadAllText(factFile));

        client.Open(document.Path, document.Text.Replace(citation.Sentence!, "Nothing stands here.", StringComparison.Ordinal));

        client.WaitForDiagnostics(factFile, d => HasCodeAt(d, "KG0040", citation.QuoteLocation.LineSpan.Start.Line));
    }

    [Fact]
    public void A_linked_fact_file_is_refused_as_the_build_refuses_it_and_never_read()
    {
        (string file, string text) = AFactFile();
        string link = Path.Combine(_facts, "linked.yaml");
        File.CreateSymbolicLink(link, file);
        using LspClient client = Started();

        client.Open(file, text);

        JsonArray reported = client.WaitForDiagnostics(link, d => d.Count > 0);
        Assert.Equal("KG0008", Assert.Single(reported)!["code"]!.GetValue<string>());
        Assert.DoesNotContain("KG0020", client.Published());
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData("error", 1)]
    public void The_repositorys_severity_setting_is_the_severity_published(string? configured, int severity)
    {
        (string sourcesFile, string text) = SourcesWithoutFirstNotClaim(out _);
        if (configured is not null)
        {
            _work.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.KG0078.severity = " + configured + "\n");
        }

        using LspClient client = Started();
        client.Open(sourcesFile, text);

        JsonArray reported = client.WaitForDiagnostics(sourcesFile, d => d.Any(x => x!["code"]!.GetValue<string>() == "KG0078"));
        Assert.All(reported.Where(x => x!["code"]!.GetValue<string>() == "KG0078"), x => Assert.Equal(severity, x!["severity"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData(FactKind.Money, true)]
    [InlineData(FactKind.Percentage, true)]
    [InlineData(FactKind.Role, false)]
    [InlineData(FactKind.Quote, false)]
    public void Value_fields_are_completed_by_the_facts_kind_in_flow_and_block_style(FactKind kind, bool flow)
    {
        (string file, string text) = AFactFile();
        string typed = text.TrimEnd() + "\n\n  - id: lsp-typed-fact\n    kind: " + FactFileFields.Name(kind) + "\n" + (flow ? "    value: { " : "    value:\n      ");
        using LspClient client = Started();
        client.Open(file, typed);

        (int line, int character) = End(typed);
        string[] labels = Labels(client.At("textDocument/completion", file, line, character));

        Assert.Equal(FactFileFields.ValueByKind[kind].Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_facts_fields_enumerations_and_ids_are_completed()
    {
        (string file, string text) = AFactFile();
        string start = text.TrimEnd() + "\n\n  - id: lsp-typed-fact\n    kind: claim\n";
        using LspClient client = Started();

        string fields = start + "    ";
        client.Open(file, fields);
        string[] fieldLabels = Labels(client.At("textDocument/completion", file, End(fields).Line, End(fields).Character));
        Assert.Equal(FactFileFields.Fact.Except(new[] { "id", "kind" }).Order(StringComparer.Ordinal), fieldLabels.Order(StringComparer.Ordinal));

        string status = start + "    status: ";
        client.Change(file, status, 2);
        Assert.Equal(Enum.GetValues<FactStatus>().Select(FactFileFields.Name).Order(StringComparer.Ordinal), Labels(client.At("textDocument/completion", file, End(status).Line, End(status).Character)).Order(StringComparer.Ordinal));

        string about = start + "    about: [";
        client.Change(file, about, 3);
        JsonArray items = client.At("textDocument/completion", file, End(about).Line, End(about).Character)!["items"]!.AsArray();
        EntitySpec[] entities = _knowledgeBase.Files.SelectMany(f => f.File.Entities).ToArray();
        Assert.Equal(entities.Select(e => e.Id).Order(StringComparer.Ordinal), items.Select(i => i!["label"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal(entities.Single(e => e.Id == i!["label"]!.GetValue<string>()).Name, i!["detail"]!.GetValue<string>()));

        string source = start + "    citations:\n      - source: ";
        client.Change(file, source, 4);
        Assert.Equal(
            _knowledgeBase.Files.SelectMany(f => f.File.Sources).Select(s => s.Id).Order(StringComparer.Ordinal),
            Labels(client.At("textDocument/completion", file, End(source).Line, End(source).Character)));
    }

    [Fact]
    public void An_inferences_evidence_fields_are_completed()
    {
        (string file, string text) = AFactFile();
        string typed = text.TrimEnd() + "\n\n  - id: lsp-typed-fact\n    kind: claim\n    holds:\n      from: 2018\n      inferred:\n        ";
        using LspClient client = Started();
        client.Open(file, typed);

        Assert.Equal(FactFileFields.Inference.Order(StringComparer.Ordinal), Labels(client.At("textDocument/completion", file, End(typed).Line, End(typed).Character)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_quote_is_completed_with_the_sentences_holding_the_words_typed_quoted_for_yaml()
    {
        // A sentence YAML cannot hold plain (a ': ' or a leading quote mark) if there is one, so that quoting is tested.
        SourceSpec source = _knowledgeBase.Files.SelectMany(f => f.File.Sources).First();
        SourceDocument document = _knowledgeBase.DocumentOf(source)!;
        string sentence = document.Sentences.FirstOrDefault(s => s.Contains(": ") || s.StartsWith('"') || s.StartsWith('\u201C')) ?? document.Sentences.First(s => s.Split(' ').Length > 4);
        string[] words = TextNormalizer.Normalize(sentence).Split(' ').Where(w => w.Length > 3 && w.All(char.IsLetter)).Take(2).ToArray();
        (string file, string text) = AFactFile();
        string typed = text.TrimEnd() + "\n\n  - id: lsp-typed-fact\n    kind: claim\n    citations:\n      - source: " + source.Id + "\n        quote: " + string.Join(" ", words);
        using LspClient client = Started();
        client.Open(file, typed);

        JsonArray items = client.At("textDocument/completion", file, End(typed).Line, End(typed).Character)!["items"]!.AsArray();

        string[] expected = document.Sentences.Where((s, i) => words.All(w => document.NormalizedSentences[i].Contains(w, StringComparison.OrdinalIgnoreCase))).Distinct().ToArray();
        Assert.Contains(sentence, expected);
        string[] inserted = items.Select(i => i!["textEdit"]!["newText"]!.GetValue<string>()).ToArray();
        Assert.Equal(expected, inserted.Select(ReadYamlScalar));
        string completed = typed.Substring(0, typed.Length - string.Join(" ", words).Length) + inserted[Array.IndexOf(expected, sentence)];
        Assert.Equal(sentence, ReadYamlScalar(completed.Split('\n')[^1].Trim().Substring("quote: ".Length)));
    }

    [Fact]
    public void Hover_shows_an_ids_entity_and_a_quotes_sentence_its_verification_and_the_facts_citing_it()
    {
        FactSpec fact = _knowledgeBase.Facts.First(f => f.About.Count > 0 && f.Citations.Count > 0 && f.Citations[0].Sentence is not null);
        IdReference about = fact.About[0];
        EntitySpec entity = _knowledgeBase.Files.SelectMany(f => f.File.Entities).Single(e => e.Id == about.Id);
        string file = fact.IdLocation.FilePath;
        using LspClient client = Started();
        client.Open(file, File.ReadAllText(file));

        string idHover = client.At("textDocument/hover", file, about.Location.LineSpan.Start.Line, about.Location.LineSpan.Start.Character + 1)!["contents"]!["value"]!.GetValue<string>();
        Assert.Contains("entity", idHover);
        Assert.Contains(Tool.MarkdownText.Inline(entity.Name), idHover);

        CitationSpec citation = fact.Citations[0];
        string quoteHover = client.At("textDocument/hover", file, citation.QuoteLocation.LineSpan.Start.Line, citation.QuoteLocation.LineSpan.Start.Character + 2)!["contents"]!["value"]!.GetValue<string>();
        Assert.StartsWith("**Verified**", quoteHover);
        Assert.Contains("**" + Tool.MarkdownText.Inline(citation.Sentence!) + "**", quoteHover);
        Assert.Contains(Tool.MarkdownText.Code(fact.Id), quoteHover);
    }

    [Fact]
    public void Definition_goes_from_an_id_to_its_declaration_and_from_a_quote_to_the_articles_line()
    {
        FactSpec fact = _knowledgeBase.Facts.First(f => f.About.Count > 0 && f.Citations.Count > 0 && f.Citations[0].SourceSpan is not null);
        EntitySpec entity = _knowledgeBase.Files.SelectMany(f => f.File.Entities).Single(e => e.Id == fact.About[0].Id);
        string file = fact.IdLocation.FilePath;
        using LspClient client = Started();
        client.Open(file, File.ReadAllText(file));

        JsonNode idTarget = client.At("textDocument/definition", file, fact.About[0].Location.LineSpan.Start.Line, fact.About[0].Location.LineSpan.Start.Character + 1)!;
        Assert.Equal(LspClient.Uri(entity.IdLocation.FilePath), idTarget["uri"]!.GetValue<string>());
        Assert.Equal(entity.IdLocation.LineSpan.Start.Line, idTarget["range"]!["start"]!["line"]!.GetValue<int>());

        CitationSpec citation = fact.Citations[0];
        JsonNode quoteTarget = client.At("textDocument/definition", file, citation.QuoteLocation.LineSpan.Start.Line, citation.QuoteLocation.LineSpan.Start.Character + 2)!;
        SourceDocument document = _knowledgeBase.Documents.Single(d => LspClient.Uri(d.Path) == quoteTarget["uri"]!.GetValue<string>());
        string[] lines = document.Text.Split('\n');
        int line = quoteTarget["range"]!["start"]!["line"]!.GetValue<int>();
        int character = quoteTarget["range"]!["start"]!["character"]!.GetValue<int>();
        Assert.StartsWith(citation.Sentence!.Substring(0, 20), lines[line].Substring(character));
    }

    [Fact]
    public void A_code_action_quotes_the_sentence_meant_and_the_error_clears()
    {
        (string file, string text, int line) = FirstPlainQuote();
        string original = text.Split('\n')[line];
        string wrong = Replace(text, line, "quote: ", "quote: Zyzzyva ");
        using LspClient client = Started();
        client.Open(file, wrong);
        JsonNode diagnostic = client.WaitForDiagnostics(file, d => HasCodeAt(d, "KG0040", line)).First(d => d!["code"]!.GetValue<string>() == "KG0040")!;

        JsonArray actions = client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(file) },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
        })!.AsArray();

        JsonNode first = actions.First()!;
        Assert.StartsWith("Quote the sentence", first["title"]!.GetValue<string>());
        string fixedText = Apply(wrong, first["edit"]!["changes"]![LspClient.Uri(file)]!.AsArray());
        Assert.Equal(original.Substring(original.IndexOf("quote: ", StringComparison.Ordinal)), fixedText.Split('\n')[line].Substring(original.IndexOf("quote: ", StringComparison.Ordinal)));
        client.Change(file, fixedText, 2);
        client.WaitForDiagnostics(file, d => !HasCodeAt(d, "KG0040", line));
    }

    [Fact]
    public void Code_actions_fix_a_misspelt_id_a_missing_status_and_an_unlisted_sentence()
    {
        FactSpec fact = _knowledgeBase.Facts.First(f => f.Status is { } status && Tool.Lsp.StageStatuses.For(StatusRule.StageWord(f.Statement)).Contains(status) && StatusRule.StageWord(f.Statement) is not null && f.Citations.Count > 0);
        string file = fact.IdLocation.FilePath;
        string text = File.ReadAllText(file);
        string[] lines = text.Split('\n');
        int statusLine = Array.FindIndex(lines, fact.IdLocation.LineSpan.Start.Line, l => l.TrimStart().StartsWith("status: ", StringComparison.Ordinal));
        IdReference source = fact.Citations[0].Source;
        string broken = string.Join('\n', lines.Where((_, i) => i != statusLine));
        int sourceLine = source.Location.LineSpan.Start.Line - (source.Location.LineSpan.Start.Line > statusLine ? 1 : 0);
        broken = Replace(broken, sourceLine, "source: " + source.Id, "source: " + source.Id.Substring(0, source.Id.Length - 1));
        using LspClient client = Started();
        client.Open(file, broken);
        JsonArray reported = client.WaitForDiagnostics(file, d => HasCodeAt(d, "KG0022", sourceLine) && HasCodeAt(d, "KG0070", fact.IdLocation.LineSpan.Start.Line));

        string repaired = broken;
        foreach (string code in new[] { "KG0022", "KG0070" })
        {
            JsonNode diagnostic = reported.First(d => d!["code"]!.GetValue<string>() == code && d["message"]!.GetValue<string>().Contains(code == "KG0070" ? fact.Id : source.Id.Substring(0, source.Id.Length - 1)))!;
            JsonArray actions = CodeActions(client, file, diagnostic);
            JsonNode chosen = code == "KG0022" ? actions.Single()! : actions.First(a => a!["title"]!.GetValue<string>() == "Add 'status: " + FactFileFields.Name(fact.Status!.Value) + "'")!;
            repaired = Apply(repaired, chosen["edit"]!["changes"]![LspClient.Uri(file)]!.AsArray());
            client.Change(file, repaired, code == "KG0022" ? 2 : 3);
            client.WaitForDiagnostics(file, d => !d.Any(x => x!["code"]!.GetValue<string>() == code && x["range"]!["start"]!["line"]!.GetValue<int>() == diagnostic["range"]!["start"]!["line"]!.GetValue<int>()));
        }

        Assert.Equal(RemoveBlankLines(text), RemoveBlankLines(repaired));

        (string sourcesFile, string sources) = SourcesWithoutFirstNotClaim(out string reason);
        client.Open(sourcesFile, sources);
        JsonNode unlisted = client.WaitForDiagnostics(sourcesFile, d => d.Any(x => x!["code"]!.GetValue<string>() == "KG0078")).First(x => x!["code"]!.GetValue<string>() == "KG0078")!;
        JsonArray unlistedFixes = CodeActions(client, sourcesFile, unlisted);
        JsonNode citing = unlistedFixes.First(a => a!["title"]!.GetValue<string>().StartsWith("Cite ", StringComparison.Ordinal))!;
        (string citingUri, JsonNode? citingEdits) = citing["edit"]!["changes"]!.AsObject().Single();
        string factFile = new Uri(citingUri).LocalPath;
        FactFileSpec withNewFact = FactFileParser.Parse(factFile, Apply(File.ReadAllText(factFile), citingEdits!.AsArray()), CancellationToken.None);
        Assert.True(withNewFact.Diagnostics.Count == 0, string.Join("; ", withNewFact.Diagnostics.Select(d => d.Descriptor.Id + " " + string.Join(" | ", d.MessageArgs))));
        FactSpec newFact = withNewFact.Facts.Single(f => f.Id == "new-fact");
        Assert.Equal(newFact.Statement, Assert.Single(newFact.Citations).Quote);
        Assert.Contains("\"" + newFact.Statement + "\"", unlisted["message"]!.GetValue<string>());

        JsonNode listing = unlistedFixes.First(a => a!["title"]!.GetValue<string>().EndsWith(" as " + reason, StringComparison.Ordinal))!;
        client.Change(sourcesFile, Apply(sources, listing["edit"]!["changes"]![LspClient.Uri(sourcesFile)]!.AsArray()), 2);
        client.WaitForDiagnostics(sourcesFile, d => !d.Any(x => x!["code"]!.GetValue<string>() == "KG0078"));
    }

    private static JsonArray CodeActions(LspClient client, string file, JsonNode diagnostic)
        => client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(file) },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
        })!.AsArray();

    private LspClient Started()
    {
        var client = new LspClient(_work.Path);
        JsonNode capabilities = client.Initialize()!["capabilities"]!;
        Assert.True(capabilities["hoverProvider"]!.GetValue<bool>());
        return client;
    }

    /// <summary>A fact file and the first line whose quote is written plain on the line, as most are.</summary>
    private (string File, string Text, int Line) FirstPlainQuote()
    {
        foreach (FactSpec fact in _knowledgeBase.Facts)
        {
            foreach (CitationSpec citation in fact.Citations)
            {
                string text = File.ReadAllText(fact.IdLocation.FilePath);
                string line = text.Split('\n')[citation.QuoteLocation.LineSpan.Start.Line];
                if (citation.Sentence is not null && line.TrimStart().StartsWith("quote: ", StringComparison.Ordinal) && char.IsLetter(line.TrimStart()["quote: ".Length]))
                {
                    return (fact.IdLocation.FilePath, text, citation.QuoteLocation.LineSpan.Start.Line);
                }
            }
        }

        throw new InvalidOperationException("No quote written plain.");
    }

    private (string File, string Text) AFactFile()
    {
        string file = _knowledgeBase.Files.First(f => f.File.Facts.Count > 0).File.Path;
        return (file, File.ReadAllText(file));
    }

    /// <summary>The sources file with its first one-line not-claims entry taken out, and that entry's reason.</summary>
    private (string File, string Text) SourcesWithoutFirstNotClaim(out string reason)
    {
        string file = _knowledgeBase.Files.First(f => f.File.Sources.Any(s => s.NotClaims.Count > 0)).File.Path;
        string[] lines = File.ReadAllText(file).Split('\n');
        int entry = Array.FindIndex(lines, l => l.TrimStart().StartsWith("- { quote:", StringComparison.Ordinal) && l.Contains("reason: "));
        reason = lines[entry].Substring(lines[entry].IndexOf("reason: ", StringComparison.Ordinal) + "reason: ".Length).TrimEnd(' ', '}');
        bool onlyEntry = lines[entry - 1].Trim() == "not-claims:" && (entry + 1 == lines.Length || !lines[entry + 1].TrimStart().StartsWith('-'));
        return (file, string.Join('\n', lines.Where((_, i) => i != entry && !(onlyEntry && i == entry - 1))));
    }

    private static bool HasCodeAt(JsonArray diagnostics, string code, int line)
        => diagnostics.Any(d => d!["code"]!.GetValue<string>() == code && d["range"]!["start"]!["line"]!.GetValue<int>() == line);

    private static string Replace(string text, int line, string from, string to)
    {
        string[] lines = text.Split('\n');
        int at = lines[line].IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not on line {line + 1}: {lines[line]}");
        lines[line] = lines[line].Substring(0, at) + to + lines[line].Substring(at + from.Length);
        return string.Join('\n', lines);
    }

    private static (int Line, int Character) End(string text)
    {
        string[] lines = text.Split('\n');
        return (lines.Length - 1, lines[^1].Length);
    }

    private static string[] Labels(JsonNode? completion)
        => completion!["items"]!.AsArray().Select(i => i!["label"]!.GetValue<string>()).ToArray();

    /// <summary>Applies the edits (end first, so that earlier offsets hold) as an editor does.</summary>
    private static string Apply(string text, JsonArray edits)
    {
        foreach (JsonNode edit in edits.Select(e => e!).OrderByDescending(e => e["range"]!["start"]!["line"]!.GetValue<int>()).ThenByDescending(e => e["range"]!["start"]!["character"]!.GetValue<int>()))
        {
            int start = Offset(text, edit["range"]!["start"]!);
            int end = Offset(text, edit["range"]!["end"]!);
            text = text.Substring(0, start) + edit["newText"]!.GetValue<string>() + text.Substring(end);
        }

        return text;
    }

    private static int Offset(string text, JsonNode position)
    {
        int offset = 0;
        for (int line = 0; line < position["line"]!.GetValue<int>(); line++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + position["character"]!.GetValue<int>();
    }

    private static string ReadYamlScalar(string scalar)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("quote: " + scalar));
        return ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("quote")]).Value!;
    }

    private static string RemoveBlankLines(string text) => string.Join('\n', text.Split('\n').Where(l => l.Trim().Length > 0));
}
