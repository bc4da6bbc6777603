using KnowledgeGen.Emitting;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>The <c>retired:</c> entry that keeps code naming a removed or renamed fact compiling (with the reason and replacement it names).</summary>
public sealed record RetiredEntry(string Id, string Reason, string? Replacement)
{
    /// <summary>The entry as YAML, ready to paste under a fact file's <c>retired:</c> (ids are kebab-case, the reason plain words).</summary>
    public string Yaml => $"retired:\n  - id: {Id}\n    reason: {Reason}\n" + (Replacement is null ? string.Empty : $"    replacement: {Replacement}\n");
}

/// <summary>
/// A generated member that code in a consuming project may name, renamed, retyped or removed by the change: a
/// breaking change for that code. <see cref="Retired"/> is the tombstone that would keep it compiling (facts only);
/// <see cref="KeptBy"/> the place of the one the new side already has.
/// </summary>
public sealed record ApiChange(string Change, string Member, string Type, string? NewMember, string? NewType, RetiredEntry? Retired, string? KeptBy);

/// <summary>The generated members (docs/api.md: <c>Facts.&lt;Name&gt;</c>, <c>People.&lt;Name&gt;</c>, <c>Sources.&lt;Name&gt;</c>, <c>Measures.&lt;Name&gt;</c>) a diff changes.</summary>
public static class ApiImpact
{
    public const string RemovedReason = "Removed from the knowledge base (say why).";

    public static List<ApiChange> Of(KnowledgeDiff diff)
    {
        var changes = new List<ApiChange>();
        foreach (RenamedItem<FactSpec> rename in diff.Facts.Renamed)
        {
            if (FactMember(rename.Old) != FactMember(rename.New))
            {
                changes.Add(WithTombstone(diff, "renamed", rename.Old, FactMember(rename.New), new RetiredEntry(rename.Old.Id, $"Renamed to {rename.New.Id}.", rename.New.Id)));
            }
        }

        foreach (ChangedItem<FactSpec> change in diff.Facts.Changed.Where(c => c.Old.Kind != c.New.Kind))
        {
            // The same id cannot be both a live fact and a retired one (KG0065): no tombstone keeps the old type.
            changes.Add(new ApiChange("retyped", FactMember(change.Old), CodeNames.FactClass(change.Old.Kind), FactMember(change.New), CodeNames.FactClass(change.New.Kind), null, null));
        }

        foreach (FactSpec fact in diff.Facts.Removed)
        {
            changes.Add(WithTombstone(diff, "removed", fact, null, new RetiredEntry(fact.Id, RemovedReason, null)));
        }

        foreach (RenamedItem<EntitySpec> rename in diff.Entities.Renamed.Where(r => EntityMember(r.Old) != EntityMember(r.New)))
        {
            changes.Add(new ApiChange("renamed", EntityMember(rename.Old), "Entity", EntityMember(rename.New), "Entity", null, null));
        }

        foreach (ChangedItem<EntitySpec> change in diff.Entities.Changed.Where(c => c.Old.Kind != c.New.Kind))
        {
            changes.Add(new ApiChange("moved", EntityMember(change.Old), "Entity", EntityMember(change.New), "Entity", null, null));
        }

        changes.AddRange(diff.Entities.Removed.Select(e => new ApiChange("removed", EntityMember(e), "Entity", null, null, null, null)));
        changes.AddRange(Simple(diff.Sources, s => CodeNames.SourcesGroup + "." + CodeNames.SourceMember(s.Id), "Source"));
        changes.AddRange(Simple(diff.Measures, m => CodeNames.MeasuresGroup + "." + CodeNames.Member(m.Id, CodeNames.MeasuresGroup), "Measure"));
        return changes;
    }

    private static ApiChange WithTombstone(KnowledgeDiff diff, string change, FactSpec old, string? newMember, RetiredEntry retired)
    {
        string? keptBy = diff.New.Retired.TryGetValue(old.Id, out RetiredSpec? existing)
            ? $"{existing.IdLocation.FilePath}:{existing.IdLocation.LineSpan.Start.Line + 1}"
            : null;
        return new ApiChange(change, FactMember(old), CodeNames.FactClass(old.Kind), newMember, newMember is null ? null : CodeNames.FactClass(old.Kind), keptBy is null ? retired : null, keptBy);
    }

    private static IEnumerable<ApiChange> Simple<T>(SectionDiff<T> section, Func<T, string> member, string type)
        => section.Renamed.Where(r => member(r.Old) != member(r.New)).Select(r => new ApiChange("renamed", member(r.Old), type, member(r.New), type, null, null))
            .Concat(section.Removed.Select(item => new ApiChange("removed", member(item), type, null, null, null, null)));

    private static string FactMember(FactSpec fact) => CodeNames.FactsGroup + "." + CodeNames.FactMember(fact.Id);

    private static string EntityMember(EntitySpec entity) => CodeNames.EntityGroup(entity.Kind) + "." + CodeNames.EntityMember(entity.Id, entity.Kind);
}
