using System.Globalization;
using System.Text;
using CsCheck;
using KnowledgeGen.Emitting;
using KnowledgeGen.Tests.Infrastructure;
using Xunit;

namespace KnowledgeGen.Tests;

/// <summary>
/// The generated data and lookups: the lookups by id (an open-addressing table hashed on the characters at places
/// chosen where its ids differ, behind a filter of lengths, first and last characters) find every id they hold and
/// nothing else, however the ids collide, and turn a miss away without making a string; the strings of a data table stay
/// out of the user-string heap, which the runtime caps at 16 MB.
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

    /// <summary>
    /// A miss is turned away without making an id's string, whether no id has its length and last character (the
    /// filter) or its hash is held by none; a hit makes its id's string once, on its first lookup, and compares it.
    /// </summary>
    [Fact]
    public void A_miss_makes_no_id_string_and_a_hit_makes_its_own_once()
    {
        string[] ids = Enumerable.Range(0, 1000).Select(i => "synthetic-fact-" + i.ToString("D5", CultureInfo.InvariantCulture)).ToArray();
        var made = new System.Runtime.CompilerServices.StrongBox<int>();
        Func<string?, int?> find = KnowledgeGen.Support.KnowledgeBase.LookupOver(ids, made);

        foreach (string id in ids)
        {
            Assert.Null(find(id[..^1] + (char)(id[^1] + 20)));
            Assert.Null(find(id[..^1] + "0" + id[^1]));
            Assert.Null(find("S" + id[1..]));
            Assert.Null(find(id[..^5] + "9" + id[^4..]));
        }

        Assert.Equal(0, made.Value);
        for (int round = 0; round < 2; round++)
        {
            for (int position = 0; position < ids.Length; position++)
            {
                Assert.Equal(position, find(new string(ids[position].AsSpan())));
            }
        }

        Assert.Equal(ids.Length, made.Value);
        Assert.Null(find(null));
        Assert.Null(find(string.Empty));
    }

    /// <summary>A repeated id keeps its first position; ids that share a hash (they differ only where it does not look) are told apart.</summary>
    [Fact]
    public void A_repeated_id_keeps_its_first_place_and_ids_sharing_a_hash_are_told_apart()
    {
        string[] sharing = Enumerable.Range(0, 50).Select(i => "x" + i.ToString("D9", CultureInfo.InvariantCulture) + "-same-tail-and-middle").ToArray();
        string[] ids = [.. sharing, "short", sharing[7], "", "short"];
        Func<string?, int?> find = KnowledgeGen.Support.KnowledgeBase.LookupOver(ids, new System.Runtime.CompilerServices.StrongBox<int>());

        for (int position = 0; position < sharing.Length; position++)
        {
            Assert.Equal(position, find(sharing[position]));
        }

        Assert.Equal(sharing.Length, find("short"));
        Assert.Equal(sharing.Length + 2, find(string.Empty));
        Assert.Null(find("x000000050-same-tail-and-middle"));
        Assert.Null(find("shorT"));
    }

    /// <summary>
    /// Ids of one length that differ at one place only, wherever it is (the first character, the middle, the last, or
    /// further from both ends than the places the hash may read): each is found, and no id one character off anywhere
    /// is, nor does turning one away make an id's string.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(47)]
    [InlineData(80)]
    [InlineData(99)]
    public void Ids_that_differ_at_one_place_are_each_found_and_no_id_one_character_off_is(int place)
    {
        string[] ids = "abcdefghijklmnopqrstuvwxyz0123456789-".Select(c => new string('q', place) + c + new string('q', 99 - place)).ToArray();
        var made = new System.Runtime.CompilerServices.StrongBox<int>();
        Func<string?, int?> find = KnowledgeGen.Support.KnowledgeBase.LookupOver(ids, made);

        foreach (string id in ids)
        {
            for (int at = 0; at < id.Length; at++)
            {
                Assert.Null(find(id[..at] + 'Q' + id[(at + 1)..]));
            }

            Assert.Null(find(id[..^1]));
            Assert.Null(find(id + "q"));
        }

        Assert.Equal(0, made.Value);
        for (int position = 0; position < ids.Length; position++)
        {
            Assert.Equal(position, find(new string(ids[position].AsSpan())));
        }
    }

    /// <summary>A table of one id finds it alone; a table of none finds nothing, the empty id and null included.</summary>
    [Fact]
    public void One_id_is_found_alone_and_no_ids_find_nothing()
    {
        Func<string?, int?> one = KnowledgeGen.Support.KnowledgeBase.LookupOver(["only-fact"], new System.Runtime.CompilerServices.StrongBox<int>());
        Func<string?, int?> none = KnowledgeGen.Support.KnowledgeBase.LookupOver([], new System.Runtime.CompilerServices.StrongBox<int>());

        Assert.Equal(0, one("only-fact"));
        foreach (string? other in new[] { "only-facT", "Only-fact", "only-fac", "only-factt", string.Empty, null })
        {
            Assert.Null(one(other));
            Assert.Null(none(other));
        }

        Assert.Null(none("only-fact"));
    }

    /// <summary>
    /// Ids of control characters, lone surrogates, the pool's separator and other ids' texts run together, and ids of
    /// one length that all agree at every place the hash may read (they differ only in their middle, out of its reach):
    /// each is found where it was added, and ids near them are not.
    /// </summary>
    [Fact]
    public void Hostile_ids_and_ids_agreeing_wherever_the_hash_reads_are_found_and_their_neighbours_are_not()
    {
        string edge = new string('e', 40);
        string[] hostile = ["\0", "\u001F", "a\u001Fb", "\uD800", "\uDFFF\uD800", "\r\n", "\u202E-fact", "a", "ab", "a\u001Fb\u001F"];
        string[] agreeing = Enumerable.Range(0, 300).Select(i => edge + i.ToString("D3", CultureInfo.InvariantCulture) + edge).ToArray();
        string[] ids = [.. hostile, .. agreeing];
        var made = new System.Runtime.CompilerServices.StrongBox<int>();
        Func<string?, int?> find = KnowledgeGen.Support.KnowledgeBase.LookupOver(ids, made);

        foreach (string near in new[] { "\u001F\u001F", "a\u001F", "\u001Fb", "\uD800\uDFFF", "\n", "b", edge + "300" + edge, edge + "0000" + edge[1..], edge + edge })
        {
            Assert.Null(find(near));
        }

        Assert.Equal(0, made.Value);
        for (int position = 0; position < ids.Length; position++)
        {
            Assert.Equal(position, find(new string(ids[position].AsSpan())));
        }
    }

    /// <summary>
    /// Any set of ids built from a few shared words and numbers (so that many agree at most places) is found, position for
    /// position, and ids built the same way that it does not hold are turned away without making an id's string.
    /// </summary>
    [Fact]
    public void Ids_of_shared_words_are_found_and_others_of_the_same_words_are_not()
    {
        Gen<string> id = Gen.Select(Gen.OneOf<string>("us", "china", "tariff", "x"), Gen.Int[0, 60], Gen.OneOf<string>("", "-in-aud", "-2019-05", "-a"), (word, number, tail) => word + "-" + number.ToString(CultureInfo.InvariantCulture) + tail);
        Gen.Select(id.HashSet[1, 400], id.Array[40]).Sample(
            (held, others) =>
            {
                string[] ids = held.ToArray();
                var made = new System.Runtime.CompilerServices.StrongBox<int>();
                Func<string?, int?> find = KnowledgeGen.Support.KnowledgeBase.LookupOver(ids, made);
                foreach (string other in others.Where(o => !held.Contains(o)))
                {
                    Assert.Null(find(other));
                }

                Assert.Equal(0, made.Value);
                for (int position = 0; position < ids.Length; position++)
                {
                    Assert.Equal(position, find(new string(ids[position].AsSpan())));
                }
            },
            iter: 50);
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

    /// <summary>
    /// String literals in code go to the user-string heap, which cannot grow past 16 MB (CS8103), a size a knowledge
    /// base of 100,000 facts reaches; a data table's strings are one constant, kept with the field's metadata.
    /// </summary>
    [Fact]
    public void A_data_tables_strings_are_a_constant_not_a_literal_in_code()
    {
        string statement = "The port handled 2.5 million containers, a figure no other string holds.";
        GeneratorResult result = Generate(["container-count"], statement);
        using var image = new MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        image.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(image);
        System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);

        var literals = new List<string>();
        for (var handle = System.Reflection.Metadata.Ecma335.MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetNextHandle(metadata, handle))
        {
            literals.Add(metadata.GetUserString(handle));
        }

        Assert.DoesNotContain(literals, literal => literal.Contains(statement, StringComparison.Ordinal));
        var constants = metadata.FieldDefinitions
            .Select(field => metadata.GetFieldDefinition(field).GetDefaultValue())
            .Where(handle => !handle.IsNil)
            .Select(metadata.GetConstant)
            .Where(constant => constant.TypeCode == System.Reflection.Metadata.ConstantTypeCode.String)
            .Select(constant => { System.Reflection.Metadata.BlobReader blob = metadata.GetBlobReader(constant.Value); return blob.ReadUTF16(blob.Length); });
        Assert.Contains(constants, constant => KnowledgeGen.Support.KnowledgeBase.SplitPool(constant).Contains(statement));
        using CompiledKnowledgeBase compiled = CompiledKnowledgeBase.Load(result.Output, "Test.Knowledge.TestFacts");
        Assert.Equal(statement, CompiledKnowledgeBase.Get(compiled.Fact("container-count"), "Statement"));
    }

    /// <summary>
    /// Facts are numbered across the fact files (a file declaring none among them) and each is built on first access:
    /// whichever way a fact is reached first (by id, through the list, by its member), every way gives the one object,
    /// and the list is in id order whatever the files' order.
    /// </summary>
    [Fact]
    public void Facts_spread_over_files_are_one_object_by_id_in_the_list_and_by_member()
    {
        string[][] files = [["m-fact", "c-fact", "x-fact"], [], ["b-fact"], ["z-fact", "a-fact"]];
        var sources = new List<(string Path, string Text)> { ("article.txt", SmallKnowledgeBase.Article), ("declarations.yaml", SmallKnowledgeBase.Declarations) };
        for (int f = 0; f < files.Length; f++)
        {
            sources.Add(("facts-" + f.ToString(CultureInfo.InvariantCulture) + ".yaml", files[f].Length == 0
                ? "entities:\n  - id: harbour-" + f.ToString(CultureInfo.InvariantCulture) + "\n    kind: organisation\n    name: A harbour\n"
                : FactsYaml(files[f], "The port handled 2.5 million containers.")));
        }

        GeneratorResult result = GeneratorHarness.Run(sources.Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText("/kb/" + f.Path, f.Text)));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        string[] ids = files.SelectMany(file => file).ToArray();
        using CompiledKnowledgeBase compiled = CompiledKnowledgeBase.Load(result.Output, "Test.Knowledge.TestFacts");
        Type facts = compiled.Assembly.GetType("Test.Knowledge.TestFacts+Facts")!;
        object ByMember(string id) => facts.GetProperty(CodeNames.FactMember(id))!.GetValue(null)!;

        object byMember = ByMember("x-fact");
        object byId = compiled.Fact("a-fact");
        var list = ((IEnumerable<object>)compiled.Assembly.GetType("Test.Knowledge.TestFacts")!.GetProperty("AllFacts")!.GetValue(null)!).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), list.Select(fact => (string)CompiledKnowledgeBase.Get(fact, "Id")!));
        Assert.Same(byMember, compiled.Fact("x-fact"));
        Assert.Same(byId, ByMember("a-fact"));
        foreach (string id in ids)
        {
            Assert.Same(compiled.Fact(id), list.Single(fact => (string)CompiledKnowledgeBase.Get(fact, "Id")! == id));
            Assert.Same(compiled.Fact(id), ByMember(id));
        }
    }

    /// <summary>Threads that ask for the same facts at once, on first use, all get the same objects.</summary>
    [Fact]
    public void Threads_racing_to_a_fact_on_first_use_get_one_object()
    {
        string[] ids = Enumerable.Range(0, 64).Select(i => "fact-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        using CompiledKnowledgeBase compiled = Compile(ids);
        var start = new Barrier(8);
        var seen = new object[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            start.SignalAndWait();
            seen[thread] = ids.Select(id => compiled.Fact(id)).ToArray();
        });

        for (int i = 0; i < ids.Length; i++)
        {
            Assert.All(seen, each => Assert.Same(seen[0][i], each[i]));
        }
    }

    private static CompiledKnowledgeBase Compile(string[] ids)
        => CompiledKnowledgeBase.Load(Generate(ids, "The port handled 2.5 million containers.").Output, "Test.Knowledge.TestFacts");

    private static GeneratorResult Generate(string[] ids, string statement)
    {
        GeneratorResult result = GeneratorHarness.Run(
            new[] { ("article.txt", SmallKnowledgeBase.Article), ("facts.yaml", SmallKnowledgeBase.Declarations + "\n" + FactsYaml(ids, statement)) }
                .Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText("/kb/" + f.Item1, f.Item2)));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return result;
    }

    private static string FactsYaml(string[] ids, string statement)
    {
        var yaml = new StringBuilder("facts:\n");
        foreach (string id in ids)
        {
            yaml.Append("  - id: ").Append(id).Append("\n    kind: claim\n    statement: ").Append(statement).Append("\n    about: [port]\n")
                .Append("    citations:\n      - source: port-report\n        quote: The port handled 2.5 million containers\n");
        }

        return yaml.ToString();
    }
}
