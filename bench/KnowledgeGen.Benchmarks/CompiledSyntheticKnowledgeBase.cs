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

    /// <summary>
    /// The knowledge base of <paramref name="facts"/> facts, compiled. BenchmarkDotNet runs each benchmark case in a
    /// process of its own, so the image is kept in the temporary folder under the identities of the generator and
    /// this assembly (deterministic builds give a new identity only to changed code) and compiled once per build.
    /// </summary>
    public static CompiledSyntheticKnowledgeBase Create(int facts)
    {
        IReadOnlyList<(string Path, string Text)> files = SyntheticKnowledgeBase.Create(facts);
        string cached = Path.Combine(
            Path.GetTempPath(),
            "knowledgegen-bench",
            $"{facts}-{typeof(KnowledgeGenerator).Assembly.ManifestModule.ModuleVersionId:N}-{typeof(SyntheticKnowledgeBase).Assembly.ManifestModule.ModuleVersionId:N}.dll");
        if (File.Exists(cached))
        {
            return new CompiledSyntheticKnowledgeBase(File.ReadAllBytes(cached), files);
        }

        GeneratorHarness.Driver(GeneratorHarness.Files(files))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out Compilation output, out _);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        string partial = cached + "." + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(partial, image.ToArray());
        File.Move(partial, cached, overwrite: true);
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
