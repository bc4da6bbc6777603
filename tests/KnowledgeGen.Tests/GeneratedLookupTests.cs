using System.Globalization;
using System.Text;
using CsCheck;
using KnowledgeGen.Tests.Infrastructure;
using Xunit;

namespace KnowledgeGen.Tests;

/// <summary>
/// The generated lookups by id (an open-addressing table hashed on a sample of each id's characters) find every id
/// they hold and nothing else, however the ids collide.
/// </summary>
public sealed class GeneratedLookupTests
{
    /// <summary>
    /// Ids of one length that differ only where the hash does not look (the second to tenth characters) all share one
    /// hash: the table must still tell them apart, and turn away ids one character off.
    /// </summary>
    [Fact]
    public void Ids_that_share_a_hash_are_each_found_and_near_misses_are_not()
    {
        string[] ids = Enumerable.Range(0, 200).Select(i => "x" + i.ToString("D9", CultureInfo.InvariantCulture) + "-same-tail-and-middle").ToArray();
        using CompiledKnowledgeBase compiled = Compile(ids);

        foreach (string id in ids)
        {
            Assert.Equal(id, CompiledKnowledgeBase.Get(compiled.Fact(id), "Id"));
            Assert.Null(compiled.Call("FindFact", id.Replace("-same-", "-same_")));
            Assert.Null(compiled.Call("FindFact", "y" + id.Substring(1)));
        }

        Assert.Null(compiled.Call("FindFact", "x000000200-same-tail-and-middle"));
        Assert.Null(compiled.Call("FindFact", string.Empty));
        Assert.Null(compiled.Call("FindFact", null));
    }

    [Fact]
    public void Any_ids_are_found_and_any_other_id_is_not()
    {
        Gen<string> id = Gen.Select(Gen.Char['a', 'z'], Gen.Frequency((4, Gen.Char['a', 'z']), (1, Gen.Char['0', '9'])).Array[0, 40], (first, rest) => first + new string(rest));
        Gen.Select(id.HashSet[1, 60], id.Array[20]).Sample(
            (held, others) =>
            {
                using CompiledKnowledgeBase compiled = Compile(held.ToArray());
                foreach (string each in held)
                {
                    Assert.Equal(each, CompiledKnowledgeBase.Get(compiled.Fact(each), "Id"));
                }

                foreach (string other in others.Where(o => !held.Contains(o)))
                {
                    Assert.Null(compiled.Call("FindFact", other));
                }
            },
            iter: 20);
    }

    private static CompiledKnowledgeBase Compile(string[] ids)
    {
        var yaml = new StringBuilder(SmallKnowledgeBase.Declarations).Append("\nfacts:\n");
        foreach (string id in ids)
        {
            yaml.Append("  - id: ").Append(id).Append("\n    kind: claim\n    statement: The port handled 2.5 million containers.\n    about: [port]\n")
                .Append("    citations:\n      - source: port-report\n        quote: The port handled 2.5 million containers\n");
        }

        GeneratorResult result = GeneratorHarness.Run(
            new[] { ("article.txt", SmallKnowledgeBase.Article), ("facts.yaml", yaml.ToString()) }
                .Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText("/kb/" + f.Item1, f.Item2)));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return CompiledKnowledgeBase.Load(result.Output, "Test.Knowledge.TestFacts");
    }
}
