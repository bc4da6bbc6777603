using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Benchmarks;

/// <summary>A synthetic knowledge base run through the generator and compiled to an assembly image, ready to load.</summary>
public sealed class CompiledSyntheticKnowledgeBase
{
    public const string TypeName = "KnowledgeGen.Generated.KnowledgeBase";

    private CompiledSyntheticKnowledgeBase(byte[] image, IReadOnlyList<(string Path, string Text)> files)
    {
        Image = image;
        Files = files;
    }

    public byte[] Image { get; }

    public IReadOnlyList<(string Path, string Text)> Files { get; }

    public static CompiledSyntheticKnowledgeBase Create(int facts)
    {
        IReadOnlyList<(string Path, string Text)> files = SyntheticKnowledgeBase.Create(facts);
        GeneratorHarness.Driver(GeneratorHarness.Files(files))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out Compilation output, out _);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        return new CompiledSyntheticKnowledgeBase(image.ToArray(), files);
    }

    /// <summary>
    /// Loads the image into a new context, so that its type initialisers and JIT run afresh. Collectible for
    /// start-up measurements, which load it many times; not for lookups, since statics in a collectible assembly
    /// are reached through an extra indirection that a consumer's own assembly does not have.
    /// </summary>
    public (AssemblyLoadContext Context, Type KnowledgeBase) Load(bool collectible = true)
    {
        var context = new AssemblyLoadContext("synthetic-" + Guid.NewGuid().ToString("N"), isCollectible: collectible);
        Assembly assembly = context.LoadFromStream(new MemoryStream(Image));
        return (context, assembly.GetType(TypeName, throwOnError: true)!);
    }
}
