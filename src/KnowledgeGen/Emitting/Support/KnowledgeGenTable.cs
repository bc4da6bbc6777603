// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// One fact file's data, decoded from the tables its data class holds: a row of integers per record, indexing
        /// the file's strings (-1 for null). The field order mirrors the generator's DataTableWriter. Besides the
        /// objects, it keeps the ids each fact names, which only the index reads to link them.
        /// </summary>
        // [GeneratedCode]
        private sealed class KnowledgeGenTable
        {
            private readonly string[] _strings;
            private int[] _rows = new int[0];
            private int _next;

            internal KnowledgeGenTable(string[] strings, int[] factRows, int[] entityRows, int[] sourceRows, int[] measureRows, int[] retiredRows)
            {
                _strings = strings;
                var facts = new global::System.Collections.Generic.List<Fact>();
                var names = new global::System.Collections.Generic.List<NamedIds>();
                for (Start(factRows); !Done;)
                {
                    facts.Add(ReadFact(names));
                }

                var entities = new global::System.Collections.Generic.List<Entity>();
                for (Start(entityRows); !Done;)
                {
                    entities.Add(new Entity(Text(), (EntityKind)Int(), Text(), Texts(), OptionalText()));
                }

                var sources = new global::System.Collections.Generic.List<Source>();
                for (Start(sourceRows); !Done;)
                {
                    sources.Add(new Source(Text(), Text(), OptionalText(), DateValue(), Text(), Text()));
                }

                var measures = new global::System.Collections.Generic.List<Measure>();
                for (Start(measureRows); !Done;)
                {
                    measures.Add(ReadMeasure());
                }

                var retired = new global::System.Collections.Generic.List<RetiredId>();
                for (Start(retiredRows); !Done;)
                {
                    retired.Add(new RetiredId(Text(), Text(), OptionalText()));
                }

                Facts = facts.ToArray();
                Names = names.ToArray();
                Entities = entities.ToArray();
                Sources = sources.ToArray();
                Measures = measures.ToArray();
                Retired = retired.ToArray();
            }

            /// <summary>The file's facts, in the order of its rows.</summary>
            internal Fact[] Facts { get; }

            /// <summary>What each fact of <see cref="Facts"/> names by id, at the same position.</summary>
            internal NamedIds[] Names { get; }

            internal Entity[] Entities { get; }

            internal Source[] Sources { get; }

            internal Measure[] Measures { get; }

            internal RetiredId[] Retired { get; }

            private bool Done => _next >= _rows.Length;

            /// <summary>
            /// A data class's string pool, from the constant that holds it (the generator's FactFileEmitter.WriteStrings):
            /// read through reflection, since code that named the constant would copy it into the user-string heap.
            /// </summary>
            internal static string[] Pool(global::System.Reflection.FieldInfo/*?*/ field)
            {
                string/*?*/ joined = field == null ? null : field.GetRawConstantValue() as string;
                return joined == null ? new string[0] : joined.Split('\u001F');
            }

            /// <summary>
            /// A data class's tables from the pool and the constant of rows (the generator's RowEncoding): each
            /// integer is base-34 digits from ']' ending in a base-57 digit from '#', zigzag-folded; tables are
            /// separated by a space, in the order of the constructor's parameters.
            /// </summary>
            internal static KnowledgeGenTable Read(string[] strings, global::System.Reflection.FieldInfo/*?*/ rows)
            {
                int[][] tables = Tables((rows == null ? null : rows.GetRawConstantValue() as string) ?? string.Empty, 5);
                return new KnowledgeGenTable(strings, tables[0], tables[1], tables[2], tables[3], tables[4]);
            }

            internal static int[][] Tables(string encoded, int count)
            {
                string[] parts = encoded.Split(' ');
                var tables = new int[count][];
                for (int t = 0; t < tables.Length; t++)
                {
                    tables[t] = t < parts.Length ? Decode(parts[t]) : new int[0];
                }

                return tables;
            }

            private static int[] Decode(string part)
            {
                int count = 0;
                foreach (char c in part)
                {
                    if (c < ']')
                    {
                        count++;
                    }
                }

                var values = new int[count];
                int next = 0;
                long more = 0;
                foreach (char c in part)
                {
                    if (c >= ']')
                    {
                        more = (more * 34) + (c - ']');
                        continue;
                    }

                    long folded = (more * 57) + (c - '#');
                    values[next++] = (int)(folded >> 1) ^ -(int)(folded & 1);
                    more = 0;
                }

                return values;
            }

            private void Start(int[] rows)
            {
                _rows = rows;
                _next = 0;
            }

            private Fact ReadFact(global::System.Collections.Generic.List<NamedIds> names)
            {
                string id = Text();
                var kind = (FactKind)Int();
                string statement = Text();
                string[] about = Texts();
                object/*?*/ value = Value(kind);
                FactPeriod/*?*/ holds = Int() == 0 ? null : new FactPeriod(Date(), Date(), OptionalText());
                string/*?*/ context = OptionalText();
                var citations = new Citation[Int()];
                for (int i = 0; i < citations.Length; i++)
                {
                    string source = Text();
                    string sentence = Text();
                    citations[i] = new Citation(source, Quote(sentence), sentence, Int(), Int(), OptionalText());
                }

                string[] supersedes = Texts();
                string[] contradicts = Texts();
                string[] accordingTo = Texts();
                int stage = Int();
                FactStatus? status = stage < 0 ? (FactStatus?)null : (FactStatus)stage;
                names.Add(new NamedIds(about, accordingTo, supersedes, contradicts, OptionalText()));
                switch (kind)
                {
                    case FactKind.Money: return new MoneyFact(id, statement, holds, context, citations, status, (Money)value/*!*/);
                    case FactKind.Quantity: return new QuantityFact(id, statement, holds, context, citations, status, (Quantity)value/*!*/);
                    case FactKind.Percentage: return new PercentageFact(id, statement, holds, context, citations, status, (Percentage)value/*!*/);
                    case FactKind.Date: return new DateFact(id, statement, holds, context, citations, status, (DateValue)value/*!*/);
                    case FactKind.Role: return new RoleFact(id, statement, holds, context, citations, status, (RoleValue)value/*!*/);
                    case FactKind.Stance: return new StanceFact(id, statement, holds, context, citations, status, (StanceValue)value/*!*/);
                    case FactKind.Event: return new EventFact(id, statement, holds, context, citations, status, (EventValue)value/*!*/);
                    case FactKind.Quote: return new QuoteFact(id, statement, holds, context, citations, status, (QuoteValue)value/*!*/);
                    case FactKind.TradeAction: return new TradeActionFact(id, statement, holds, context, citations, status, (TradeActionValue)value/*!*/);
                    default: return new ClaimFact(id, statement, holds, context, citations, status);
                }
            }

            private object/*?*/ Value(FactKind kind)
            {
                switch (kind)
                {
                    case FactKind.Money: return Money();
                    case FactKind.Quantity: return new Quantity(Number(), Text(), Text(), Qualifier(), OptionalNumber());
                    case FactKind.Percentage: return Percentage();
                    case FactKind.Date: return DateValue();
                    case FactKind.Role: return new RoleValue(Text(), Text(), OptionalText());
                    case FactKind.Stance: return new StanceValue(Text(), Text(), Text());
                    case FactKind.Event: return new EventValue(Text(), OptionalText(), DateValue());
                    case FactKind.Quote: return new QuoteValue(Text(), Text());
                    case FactKind.TradeAction:
                        return new TradeActionValue(
                            Text(), Texts(), (TradeInstrument)Int(), Text(), OptionalText(),
                            Int() == 0 ? (Money?)null : Money(),
                            Int() == 0 ? (Percentage?)null : Percentage(),
                            DateValue());
                    default: return null;
                }
            }

            private Money Money() => new Money(Number(), Text(), Text(), Qualifier(), OptionalNumber());

            private Percentage Percentage() => new Percentage(Number(), Text(), Qualifier(), OptionalNumber());

            /// <summary>A number's qualifier (-1 for an exact number).</summary>
            private ValueQualifier? Qualifier()
            {
                int qualifier = Int();
                return qualifier < 0 ? (ValueQualifier?)null : (ValueQualifier)qualifier;
            }

            private decimal? OptionalNumber()
            {
                string/*?*/ text = OptionalText();
                return text == null ? (decimal?)null : ParseNumber(text);
            }

            private Measure ReadMeasure()
            {
                string id = Text();
                string description = Text();
                string unit = Text();
                switch ((FactKind)Int())
                {
                    case FactKind.Money: return new Measure<MoneyFact>(id, description, unit);
                    case FactKind.Percentage: return new Measure<PercentageFact>(id, description, unit);
                    default: return new Measure<QuantityFact>(id, description, unit);
                }
            }

            private DateValue/*?*/ DateValue()
            {
                if (Int() == 0)
                {
                    return null;
                }

                FactDate date = Date().GetValueOrDefault();
                return new DateValue(date, OptionalText(), OptionalText());
            }

            private FactDate? Date()
            {
                int year = Int();
                int month = Int();
                int day = Int();
                var precision = (DatePrecision)Int();
                return year < 0 ? (FactDate?)null : new FactDate(year, month, day, precision);
            }

            private static decimal ParseNumber(string text) => decimal.Parse(text, global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture);

            private decimal Number() => ParseNumber(Text());

            private string[] Texts()
            {
                var texts = new string[Int()];
                for (int i = 0; i < texts.Length; i++)
                {
                    texts[i] = Text();
                }

                return texts;
            }

            /// <summary>A quote: a string, or its place in its sentence (-1 - offset, then length), as the writer chose.</summary>
            private string Quote(string sentence)
            {
                int index = Int();
                return index >= 0 ? _strings[index] : sentence.Substring(-1 - index, Int());
            }

            /// <summary>A string the writer never leaves out.</summary>
            private string Text() => _strings[Int()];

            private string/*?*/ OptionalText()
            {
                int index = Int();
                return index < 0 ? null : _strings[index];
            }

            private int Int() => _rows[_next++];

            /// <summary>What a fact names by id: the index turns these into objects, once.</summary>
            internal sealed class NamedIds
            {
                internal NamedIds(string[] about, string[] accordingTo, string[] supersedes, string[] contradicts, string/*?*/ measure)
                {
                    About = about;
                    AccordingTo = accordingTo;
                    Supersedes = supersedes;
                    Contradicts = contradicts;
                    Measure = measure;
                }

                internal string[] About { get; }

                internal string[] AccordingTo { get; }

                internal string[] Supersedes { get; }

                internal string[] Contradicts { get; }

                internal string/*?*/ Measure { get; }
            }

            /// <summary>A retired fact's id, why it went (the sentence of its CS0619), and the fact replacing it, if any.</summary>
            internal sealed class RetiredId
            {
                internal RetiredId(string id, string message, string/*?*/ replacement)
                {
                    Id = id;
                    Message = message;
                    Replacement = replacement;
                }

                internal string Id { get; }

                internal string Message { get; }

                internal string/*?*/ Replacement { get; }
            }
        }
    }
}
