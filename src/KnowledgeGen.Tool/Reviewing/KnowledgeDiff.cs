using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>One field of a declaration that differs between the two sides.</summary>
public sealed record FieldChange(string Field, string? Old, string? New, bool IsList)
{
    /// <summary>For a list, the items only the new side has, in its order.</summary>
    public IReadOnlyList<string> ItemsAdded => IsList ? Items(New).Except(Items(Old), StringComparer.Ordinal).ToList() : [];

    /// <summary>For a list, the items only the old side has, in its order.</summary>
    public IReadOnlyList<string> ItemsRemoved => IsList ? Items(Old).Except(Items(New), StringComparer.Ordinal).ToList() : [];

    private static string[] Items(string? value) => value is null ? [] : value.Split(DiffField<object>.ItemSeparator);
}

/// <summary>A declaration on both sides with the fields that differ.</summary>
public sealed record ChangedItem<T>(T Old, T New, IReadOnlyList<FieldChange> Fields);

/// <summary>A declaration whose every field is the same on both sides but whose id is not.</summary>
public sealed record RenamedItem<T>(T Old, T New);

/// <summary>What happened to the declarations of one kind (facts, entities or sources), each list ordered by id.</summary>
public sealed record SectionDiff<T>(IReadOnlyList<T> Added, IReadOnlyList<T> Removed, IReadOnlyList<ChangedItem<T>> Changed, IReadOnlyList<RenamedItem<T>> Renamed)
{
    public bool IsEmpty => Added.Count + Removed.Count + Changed.Count + Renamed.Count == 0;
}

/// <summary>
/// Two knowledge bases compared by meaning: declarations matched by id and compared field by field
/// (<see cref="DiffFields"/>); where an id left and another arrived with every field the same, a rename. Where a
/// declaration stands, in which file and in what layout, is no part of it.
/// </summary>
public sealed record KnowledgeDiff(
    ParsedKnowledgeBase Old,
    ParsedKnowledgeBase New,
    SectionDiff<FactSpec> Facts,
    SectionDiff<EntitySpec> Entities,
    SectionDiff<SourceSpec> Sources,
    SectionDiff<MeasureSpec> Measures)
{
    public bool IsEmpty => Facts.IsEmpty && Entities.IsEmpty && Sources.IsEmpty && Measures.IsEmpty;

    /// <summary>The errors the change introduces and fixes, and the new side's dangling references.</summary>
    public CheckDifference Checks { get; init; } = CheckDifference.None;

    /// <summary>The generated members the change renames, retypes or removes.</summary>
    public IReadOnlyList<ApiChange> Api => ApiImpact.Of(this);

    public static KnowledgeDiff Compare(ParsedKnowledgeBase old, ParsedKnowledgeBase @new) => new(
        old,
        @new,
        CompareSection(old.Facts, @new.Facts, DiffFields.Fact),
        CompareSection(old.Entities, @new.Entities, DiffFields.Entity),
        CompareSection(old.Sources, @new.Sources, DiffFields.Source),
        CompareSection(old.Measures, @new.Measures, DiffFields.Measure));

    private static SectionDiff<T> CompareSection<T>(Dictionary<string, T> old, Dictionary<string, T> @new, DiffField<T>[] fields)
    {
        var changed = new List<ChangedItem<T>>();
        var removed = new List<(string Id, T Item)>();
        foreach ((string id, T oldItem) in old.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!@new.TryGetValue(id, out T? newItem))
            {
                removed.Add((id, oldItem));
                continue;
            }

            if (ReferenceEquals(oldItem, newItem))
            {
                continue; // read once from a file the same on both sides
            }

            var differences = fields
                .Select(f => new FieldChange(f.Name, f.Read(oldItem), f.Read(newItem), f.IsList))
                .Where(c => !string.Equals(c.Old, c.New, StringComparison.Ordinal))
                .ToList();
            if (differences.Count > 0)
            {
                changed.Add(new ChangedItem<T>(oldItem, newItem, differences));
            }
        }

        var added = @new.Where(p => !old.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (Id: p.Key, Item: p.Value)).ToList();

        // A rename: an id removed and one added whose fields are all equal. Matched by content, first come first served.
        var addedByContent = new Dictionary<string, Queue<(string Id, T Item)>>(StringComparer.Ordinal);
        foreach ((string Id, T Item) item in added)
        {
            string content = Content(item.Item, fields);
            if (!addedByContent.TryGetValue(content, out var queue))
            {
                addedByContent[content] = queue = new Queue<(string Id, T Item)>();
            }

            queue.Enqueue(item);
        }

        var renamed = new List<RenamedItem<T>>();
        var renamedTo = new HashSet<string>(StringComparer.Ordinal);
        var stillRemoved = new List<T>();
        foreach ((string _, T item) in removed)
        {
            if (addedByContent.TryGetValue(Content(item, fields), out var queue) && queue.Count > 0)
            {
                (string toId, T to) = queue.Dequeue();
                renamed.Add(new RenamedItem<T>(item, to));
                renamedTo.Add(toId);
            }
            else
            {
                stillRemoved.Add(item);
            }
        }

        return new SectionDiff<T>(
            added.Where(a => !renamedTo.Contains(a.Id)).Select(a => a.Item).ToList(),
            stillRemoved,
            changed,
            renamed);
    }

    /// <summary>Every field's value, unambiguously joined (a field's text cannot hold U+0000).</summary>
    private static string Content<T>(T item, DiffField<T>[] fields)
        => string.Join("\0", fields.Select(f => f.Name + "=" + (f.Read(item) ?? "\u0001")));
}
