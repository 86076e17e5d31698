using System.Xml;

namespace Ams.Web.Features.Issuance;

/// <summary><c>Ams:Issuance</c>: how long an approved holder has to enroll.</summary>
public sealed class IssuanceOptions
{
    /// <summary>The enrollment window as an ISO 8601 duration (<c>P14D</c>, <c>PT2S</c>) or a .NET time span.</summary>
    public string EnrollmentWindow { get; set; } = "P14D";

    /// <summary>The window as the ISO 8601 duration the model's boundary timer reads; a bad setting stops the start.</summary>
    public string EnrollmentWindowIso()
    {
        if (TimeSpan.TryParse(EnrollmentWindow, System.Globalization.CultureInfo.InvariantCulture, out var span))
        {
            return XmlConvert.ToString(span);
        }

        try
        {
            return XmlConvert.ToString(XmlConvert.ToTimeSpan(EnrollmentWindow));
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"Ams:Issuance:EnrollmentWindow '{EnrollmentWindow}' is not a duration such as P14D.", e);
        }
    }
}
