using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// The statuses a stage word of the status rule (<see cref="Checking.StatusRule"/>) can stand for: "threatened"
/// is a threat, "announced" may be an announcement or a measure announced as imposed.
/// </summary>
public static class StageStatuses
{
    private static readonly (string Stem, FactStatus[] Statuses)[] Stems =
    {
        ("threat", new[] { FactStatus.Threatened }),
        ("propos", new[] { FactStatus.Proposed }),
        ("announc", new[] { FactStatus.Announced, FactStatus.Imposed }),
        ("plan", new[] { FactStatus.Planned }),
        ("impos", new[] { FactStatus.Imposed, FactStatus.InForce }),
        ("in force", new[] { FactStatus.InForce }),
        ("effect", new[] { FactStatus.InForce }),
        ("suspend", new[] { FactStatus.Suspended }),
        ("cancel", new[] { FactStatus.Cancelled }),
        ("called off", new[] { FactStatus.Cancelled }),
        ("expect", new[] { FactStatus.Expected }),
        ("den", new[] { FactStatus.Denied }),
        ("held", new[] { FactStatus.Held }),
    };

    /// <summary>The statuses for the word, or every status where the word is none of the rule's.</summary>
    public static IReadOnlyList<FactStatus> For(string? word)
    {
        foreach ((string stem, FactStatus[] statuses) in Stems)
        {
            if (word is not null && word.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return statuses;
            }
        }

        return Enum.GetValues<FactStatus>();
    }
}
