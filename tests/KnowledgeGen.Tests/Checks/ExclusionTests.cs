using System.Collections.Immutable;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// What reaches the generated code after the cross-file checks: a file included a second time by another path
/// generates nothing more, a file that is not valid UTF-8 generates nothing, and a declaration that repeats an
/// earlier id is left out of its file while the rest of that file is generated. Runs the checks in memory in
/// the generator's order and applies the exclusions as the generator does.
/// </summary>
public class ExclusionTests
{
    private const string Article = "Ships sailed. The port closed.";

    private static string FirstFile => $"""
        sources:
          - id: article
            file: article.txt
            title: Article
            sha256: {SourceDocument.ComputeSha256(Article)}
        entities:
          - id: port
            kind: organisation
            name: The port
        measures:
          - id: ships-sailing
            description: Ships sailing.
            unit: ships
        retired:
          - id: old-count
            reason: The count was corrected.
        facts:
          - id: ships-sailed
            kind: claim
            statement: Ships sailed.
            citations:
              - source: article
                quote: Ships sailed.

        """;

    // Each kind of declaration twice: once repeating an id of the first file, once new.
    private static string SecondFile => $"""
        sources:
          - id: article
            file: article.txt
            title: Article
            sha256: {SourceDocument.ComputeSha256(Article)}
          - id: same-article
            file: article.txt
            title: The same article
            sha256: {SourceDocument.ComputeSha256(Article)}
        entities:
          - id: port
            kind: organisation
            name: The port
          - id: harbour
            kind: organisation
            name: The harbour
        measures:
          - id: ships-sailing
            description: Ships sailing.
            unit: ships
          - id: ports-closed
            description: Ports closed.
            unit: ports
        retired:
          - id: old-count
            reason: The count was corrected.
          - id: older-count
            reason: The count was corrected again.
        facts:
          - id: ships-sailed
            kind: claim
            statement: Ships sailed.
            citations:
              - source: article
                quote: Ships sailed.
          - id: port-closed
            kind: claim
            statement: The port closed.
            citations:
              - source: article
                quote: The port closed.

        """;

    // c.yaml, not valid UTF-8, also repeats an id: repeats are left out of several files, and c.yaml of all.
    [Fact]
    public void Each_file_is_generated_without_what_the_cross_file_checks_left_out()
    {
        IReadOnlyDictionary<string, string> generated = Generated(
            ("/kb/article.txt", Article),
            ("/kb/a.yaml", FirstFile),
            ("/kb/b.yaml", SecondFile),
            ("/kb/sub/../a.yaml", FirstFile),
            ("/kb/c.yaml", "entities:\n  - id: port\n    kind: organisation\n    name: The port\n  - id: gate\n    kind: organisation\n    name: The g\uFFFDte\n"));

        Assert.Equal(
            [
                "/kb/a.yaml: sources article; entities port; measures ships-sailing; retired old-count; facts ships-sailed",
                "/kb/b.yaml: sources same-article; entities harbour; measures ports-closed; retired older-count; facts port-closed",
                "/kb/c.yaml: nothing",
                "/kb/sub/../a.yaml: left out",
            ],
            generated.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ": " + f.Value));
    }

    [Fact]
    public void A_file_with_nothing_left_out_is_generated_as_it_was_checked()
    {
        (List<CheckedFactFile> files, Exclusions exclusions) = Check(("/kb/article.txt", Article), ("/kb/a.yaml", FirstFile), ("/kb/b.yaml", SecondFile));
        CheckedFactFile first = Assert.Single(files, f => f.File.Path == "/kb/a.yaml");

        Assert.NotEmpty(exclusions.Declarations); // b.yaml's repeats, none of them in a.yaml
        Assert.Same(first, exclusions.Apply(first));
    }

    private static IReadOnlyDictionary<string, string> Generated(params (string Path, string Text)[] texts)
    {
        (List<CheckedFactFile> files, Exclusions exclusions) = Check(texts);
        return files.ToDictionary(f => f.File.Path, f => exclusions.Apply(f) is { } kept ? Describe(kept.File) : "left out");
    }

    /// <summary>The steps of the generator up to its exclusions, in its order, over text files in memory.</summary>
    private static (List<CheckedFactFile> Files, Exclusions Exclusions) Check(params (string Path, string Text)[] texts)
    {
        var documents = texts.Where(t => FilePaths.IsSourceText(t.Path)).Select(t => SourceDocument.Create(FilePaths.Normalize(t.Path), t.Text)).ToImmutableArray();
        var specs = texts.Where(t => FilePaths.IsFactFile(t.Path)).Select(t => FactFileParser.Parse(t.Path, t.Text, default)).ToList();
        KnowledgeCatalog catalog = KnowledgeCatalog.Build(specs.Select(CatalogPart.From).ToImmutableArray(), documents);
        var files = specs.Select(f => FactFileChecker.Check(f, catalog, default)).ToList();
        CrossFileResult crossFile = CrossFileChecker.Check(files.Select(CrossFileChecker.Summarize).ToImmutableArray(), "");
        return (files, new Exclusions(crossFile.LeftOut, crossFile.Excluded, crossFile.NotGenerated));
    }

    private static string Describe(FactFileSpec file)
    {
        string[] parts =
        [
            .. Part("sources", file.Sources.Select(s => s.Id)),
            .. Part("entities", file.Entities.Select(e => e.Id)),
            .. Part("measures", file.Measures.Select(m => m.Id)),
            .. Part("retired", file.Retired.Select(r => r.Id)),
            .. Part("facts", file.Facts.Select(f => f.Id)),
        ];
        return parts.Length == 0 ? "nothing" : string.Join("; ", parts);

        static IEnumerable<string> Part(string name, IEnumerable<string> ids)
            => ids.Any() ? [name + " " + string.Join(", ", ids)] : [];
    }
}
