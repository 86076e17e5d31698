namespace Ams.Workflow.Engine.Feel;

/// <summary>A small hand-written scanner for ISO 8601 durations; no regular expressions.</summary>
internal ref struct FeelDurationReader
{
    private const int MaxDigits = 18;

    private readonly ReadOnlySpan<char> text;
    private int index;

    public FeelDurationReader(string text)
    {
        this.text = text;
    }

    public object? Read()
    {
        var negative = Accept('-');
        if (!negative)
        {
            Accept('+');
        }

        if (!Accept('P'))
        {
            return null;
        }

        long years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0;
        decimal seconds = 0;
        bool hasYearsOrMonths = false, hasDaysOrTime = false, hasAny = false;
        var order = 0;
        var inTime = false;

        while (index < text.Length)
        {
            if (!inTime && Accept('T'))
            {
                inTime = true;
                if (index >= text.Length)
                {
                    return null;
                }

                continue;
            }

            if (!TryReadNumber(out var number, out var fraction))
            {
                return null;
            }

            if (index >= text.Length)
            {
                return null;
            }

            var unit = text[index++];
            var rank = Rank(unit, inTime);
            if (rank <= order || (fraction != 0 && unit != 'S'))
            {
                return null;
            }

            order = rank;
            hasAny = true;
            switch (rank)
            {
                case 1: years = number; hasYearsOrMonths = true; break;
                case 2: months = number; hasYearsOrMonths = true; break;
                case 3: weeks = number; hasDaysOrTime = true; break;
                case 4: days = number; hasDaysOrTime = true; break;
                case 5: hours = number; hasDaysOrTime = true; break;
                case 6: minutes = number; hasDaysOrTime = true; break;
                case 7: seconds = number + fraction; hasDaysOrTime = true; break;
                default: return null;
            }
        }

        if (!hasAny || (hasYearsOrMonths && hasDaysOrTime))
        {
            return null;
        }

        try
        {
            if (hasYearsOrMonths)
            {
                var total = checked((int)((years * 12) + months));
                return new FeelYearsMonthsDuration(negative ? -total : total);
            }

            var ticks = checked((((weeks * 7) + days) * TimeSpan.TicksPerDay)
                + (hours * TimeSpan.TicksPerHour)
                + (minutes * TimeSpan.TicksPerMinute)
                + (long)decimal.Round(seconds * TimeSpan.TicksPerSecond));
            return new TimeSpan(negative ? -ticks : ticks);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static int Rank(char unit, bool inTime) => (unit, inTime) switch
    {
        ('Y', false) => 1,
        ('M', false) => 2,
        ('W', false) => 3,
        ('D', false) => 4,
        ('H', true) => 5,
        ('M', true) => 6,
        ('S', true) => 7,
        _ => -1,
    };

    private bool Accept(char expected)
    {
        if (index < text.Length && text[index] == expected)
        {
            index++;
            return true;
        }

        return false;
    }

    private bool TryReadNumber(out long number, out decimal fraction)
    {
        number = 0;
        fraction = 0;
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            if (index - start >= MaxDigits)
            {
                return false;
            }

            number = (number * 10) + (text[index] - '0');
            index++;
        }

        if (index == start)
        {
            return false;
        }

        if (index < text.Length && (text[index] == '.' || text[index] == ','))
        {
            index++;
            var scale = 0.1m;
            var fractionStart = index;
            while (index < text.Length && char.IsAsciiDigit(text[index]) && index - fractionStart < 9)
            {
                fraction += (text[index] - '0') * scale;
                scale /= 10;
                index++;
            }

            return index > fractionStart;
        }

        return true;
    }
}
