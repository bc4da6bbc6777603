namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// Eight ordinary pull-request edits of the review fixture (Fixtures/review), each a folder "before" and a folder
/// "after" in a temporary directory: what `diff` and `report` are asked to show a reviewer.
/// </summary>
public sealed class ReviewedEdit : IDisposable
{
    public const string MoneyValue = "money-value";
    public const string QuoteSwapped = "quote-swapped";
    public const string RenameWithReference = "rename-with-reference";
    public const string Move = "move";
    public const string Reorder = "reorder";
    public const string AddedWithTwoCitations = "added-with-two-citations";
    public const string StatusChange = "status-change";
    public const string EntityDeletedWhileReferenced = "entity-deleted-while-referenced";

    public static readonly string Review = Path.Combine(RepositoryPaths.Fixtures, "review");

    /// <summary>A fact of the rename edit's two sides that names the renamed fact (under contradicts:).</summary>
    private const string Referencing = """

          - id: opponents-too-costly
            kind: claim
            statement: Opponents said the plan was too costly.
            about: [city-council]
            contradicts: [budget-approved]
            citations:
              - source: council-report
                quote: Opponents said the plan was too costly.

        """;

    /// <summary>Each edit: what it does to both sides first (null for nothing), then to the side after.</summary>
    private static readonly Dictionary<string, (Action<string>? Both, Action<string> After)> Edits = new()
    {
        [MoneyValue] = (null, after => Replace(after, "budget.yaml", "amount: 4200000,", "amount: 4300000,")),
        [QuoteSwapped] = (null, after => Replace(after, "budget.yaml", "quote: up 3 per cent from last year", "quote: Opponents said the plan was too costly.")),
        [RenameWithReference] = (
            both => File.AppendAllText(Path.Combine(both, "transport.yaml"), Referencing),
            after =>
            {
                Replace(after, "budget.yaml", "id: budget-approved", "id: council-approved-budget");
                Replace(after, "transport.yaml", "contradicts: [budget-approved]", "contradicts: [council-approved-budget]");
            }),
        [Move] = (null, after =>
        {
            string transport = File.ReadAllText(Path.Combine(after, "transport.yaml"));
            int ruiz = transport.IndexOf("  - id: ruiz-mayor", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(after, "transport.yaml"), transport[..ruiz]);
            File.AppendAllText(Path.Combine(after, "budget.yaml"), "\n" + transport[ruiz..]);
        }),
        [Reorder] = (null, after =>
        {
            string budget = File.ReadAllText(Path.Combine(after, "budget.yaml"));
            int growth = budget.IndexOf("  - id: budget-growth", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(after, "budget.yaml"), "facts:\n" + budget[growth..].TrimEnd() + "\n\n" + budget["facts:\n".Length..growth]);
        }),
        [AddedWithTwoCitations] = (null, after => File.AppendAllText(Path.Combine(after, "budget.yaml"), """

              - id: budget-approved-over-objections
                kind: claim
                statement: The council approved the budget although opponents said the plan was too costly.
                about: [city-council]
                citations:
                  - source: council-report
                    quote: The city council approved a budget of $4.2 million
                  - source: council-report
                    quote: Opponents said the plan was too costly.

            """)),
        [StatusChange] = (null, after => Replace(after, "transport.yaml", "    statement: The budget funds 12 new buses.\n", "    statement: The budget funds 12 new buses.\n    status: planned\n")),
        [EntityDeletedWhileReferenced] = (null, after => Replace(after, "entities.yaml", "  - id: ana-ruiz\n    kind: person\n    name: Ana Ruiz\n", string.Empty)),
    };

    private readonly TemporaryDirectory _work = new();

    public ReviewedEdit(string name)
    {
        Name = name;
        _work.CopyFolder(Review, "before");
        _work.CopyFolder(Review, "after");
        (Action<string>? both, Action<string> after) = Edits[name];
        both?.Invoke(Before);
        both?.Invoke(After);
        after(After);
    }

    public static IEnumerable<string> Names => Edits.Keys;

    public string Name { get; }

    public string Before => Path.Combine(_work.Path, "before");

    public string After => Path.Combine(_work.Path, "after");

    /// <summary>A folder of the temporary directory for what a command writes.</summary>
    public string Output(string name) => Path.Combine(_work.Path, name);

    /// <summary>Replaces text in a file of a side, failing where the text is not there (an edit that no longer applies must not pass as no change).</summary>
    public static void Replace(string folder, string file, string old, string replacement)
    {
        string path = Path.Combine(folder, file);
        string text = File.ReadAllText(path);
        Assert.Contains(old, text);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    public void Dispose() => _work.Dispose();
}
