// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A trade action: who does what to whom, on which goods, covering how much trade, at what rate and when.</summary>
        // [GeneratedCode]
        public sealed class TradeActionValue
        {
            private readonly string _actorId;
            private readonly string[] _targetIds;
            private global::System.Collections.Generic.IReadOnlyList<Entity>/*?*/ _targets;

            internal TradeActionValue(string actorId, string[] targetIds, TradeInstrument instrument, string printed, string/*?*/ goods, Money? covered, Percentage? rate, DateValue/*?*/ when)
            {
                _actorId = actorId;
                _targetIds = targetIds;
                Instrument = instrument;
                Printed = printed;
                Goods = goods;
                Covered = covered;
                Rate = rate;
                When = when;
            }

            /// <summary>Who takes the action.</summary>
            public Entity Actor => KnowledgeGenIndex.Entity(_actorId)/*!*/;

            /// <summary>Whom the action is aimed at; empty where the source names no one.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Entity> Targets => _targets ?? (_targets = KnowledgeGenIndex.EntitiesWithIds(_targetIds));

            /// <summary>What the action is; its stage (threatened, imposed) is the fact's <c>Status</c>.</summary>
            public TradeInstrument Instrument { get; }

            /// <summary>The words of the source that name the action.</summary>
            public string Printed { get; }

            /// <summary>The goods or sector, as printed, if the source says.</summary>
            public string/*?*/ Goods { get; }

            /// <summary>The value of the trade covered, with its currency, if the source says.</summary>
            public Money? Covered { get; }

            /// <summary>The rate, if the source says.</summary>
            public Percentage? Rate { get; }

            /// <summary>When, if the source says or it could be inferred.</summary>
            public DateValue/*?*/ When { get; }

            /// <summary>The actor, instrument and targets by name, with the covered value where the source gives one.</summary>
            public override string ToString()
            {
                var text = new global::System.Text.StringBuilder(Actor.Name).Append(": ").Append(Printed);
                if (Targets.Count > 0)
                {
                    text.Append(" on ");
                    for (int i = 0; i < Targets.Count; i++)
                    {
                        text.Append(i == 0 ? "" : ", ").Append(Targets[i].Name);
                    }
                }

                return (Covered == null ? text : text.Append(", covering ").Append(Covered.Value)).ToString();
            }
        }
    }
}
