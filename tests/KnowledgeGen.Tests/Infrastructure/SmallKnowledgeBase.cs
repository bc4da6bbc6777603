using KnowledgeGen.Checking;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// A valid two-line article with its source and entities declared, to which a test adds one fact file
/// (at /kb/facts.yaml) and, where it needs them, more files.
/// </summary>
public static class SmallKnowledgeBase
{
    public const string Article = "The port handled 2.5 million containers in 2019, up 4 per cent.\nDirector Lee Park said on March 2 that traffic would grow.\n";

    public static readonly string ArticleSha256 = SourceDocument.ComputeSha256(Article);

    public static readonly string Declarations = $"""
        sources:
          - id: port-report
            file: article.txt
            title: Port report
            sha256: {ArticleSha256}
        entities:
          - id: lee-park
            kind: person
            name: Lee Park
          - id: port
            kind: organisation
            name: The port
        """;

    /// <summary>
    /// <see cref="Declarations"/> as docs/diagnostics.md shows them, first line (`# file: declarations.yaml`)
    /// included, so that the line a diagnostic page's message names is this file's.
    /// </summary>
    public static readonly string DeclarationsAsShown = "# file: declarations.yaml\n" + Declarations;

    public const string ValidFact = """
        facts:
          - id: containers-2019
            kind: quantity
            statement: The port handled 2.5 million containers in 2019.
            about: [port]
            value: { amount: 2500000, unit: container, printed: 2.5 million containers }
            citations:
              - source: port-report
                quote: The port handled 2.5 million containers in 2019

        """;

    public static GeneratorResult Run(string facts, params (string Path, string Text)[] extra)
        => GeneratorHarness.Run(Files(facts, extra));

    public static IEnumerable<AdditionalText> Files(string facts, params (string Path, string Text)[] extra)
        => new (string Path, string Text)[] { ("article.txt", Article), ("declarations.yaml", Declarations), ("facts.yaml", facts) }
            .Concat(extra)
            .Select(f => (AdditionalText)new InMemoryAdditionalText("/kb/" + f.Path, f.Text));
}
