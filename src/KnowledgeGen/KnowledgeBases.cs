using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen
{
    /// <summary>
    /// One knowledge base of the project: its key (the Include of its &lt;KnowledgeBase&gt; item as written, or
    /// empty for the one base the KnowledgeGen properties describe when no item is declared), and the class it
    /// generates. <see cref="Generates"/> is false for a base whose names were refused (reported): its files
    /// are still checked, but no code is generated for it, so that two bases never meet in one class.
    /// </summary>
    public sealed record KnowledgeBaseSpec(string Key, string Namespace, string ClassName, bool Generates = true);

    /// <summary>A value that belongs to one knowledge base, named by its key.</summary>
    public sealed record Keyed<T>(string Base, T Value);

    /// <summary>
    /// The steps over a whole knowledge base (the catalog, the cross-file and cross-fact checks, supersessions)
    /// run once per base on that base's files alone: ids need only be unique within a base, and a change in one
    /// base leaves every other base's results equal, so their code stays cached.
    /// </summary>
    public static class PerBase
    {
        public static EquatableArray<Keyed<TResult>> Map<T, TResult>(IEnumerable<Keyed<T>> items, Func<string, ImmutableArray<T>, TResult> map)
            => items
                .GroupBy(item => item.Base, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new Keyed<TResult>(group.Key, map(group.Key, group.Select(item => item.Value).ToImmutableArray())))
                .ToEquatableArray();

        /// <summary>The base's value, or <paramref name="none"/> where the base has none (a base without fact files).</summary>
        public static T Of<T>(EquatableArray<Keyed<T>> values, string key, T none)
        {
            foreach (Keyed<T> value in values)
            {
                if (value.Base == key)
                {
                    return value.Value;
                }
            }

            return none;
        }
    }

    /// <summary>The declared bases' keys, which decide which base each file belongs to.</summary>
    public sealed record BaseKeys(bool Declared, EquatableArray<string> Keys);

    /// <summary>
    /// An additional file with its KnowledgeGenFile tag and the base it belongs to: with &lt;KnowledgeBase&gt; items, the
    /// one its KnowledgeGenBase metadata names (null if it names none of them, and the file is not read); without, the
    /// project's one base, whatever the metadata says.
    /// </summary>
    public sealed record TaggedFile(Microsoft.CodeAnalysis.AdditionalText Text, string? Tag, string? Base)
    {
        public TaggedFile InBase(BaseKeys bases)
        {
            string? key = bases.Declared ? Base : string.Empty;
            return this with { Base = key is not null && bases.Keys.Contains(key) ? key : null };
        }
    }
}
