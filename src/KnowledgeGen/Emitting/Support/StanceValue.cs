// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>Who holds which position on what.</summary>
        // [GeneratedCode]
        public sealed class StanceValue
        {
            private readonly string _holderId;

            internal StanceValue(string holderId, string topic, string position)
            {
                _holderId = holderId;
                Topic = topic;
                Position = position;
            }

            /// <summary>The entity holding the stance.</summary>
            public Entity Holder => KnowledgeGenIndex.Entity(_holderId)/*!*/;

            /// <summary>What the stance is on.</summary>
            public string Topic { get; }

            /// <summary>The position taken.</summary>
            public string Position { get; }

            /// <summary>The holder's name, the topic and the position.</summary>
            public override string ToString() => Holder.Name + " on " + Topic + ": " + Position;
        }
    }
}
