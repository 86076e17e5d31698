using Ams.Web.Infrastructure.Localization;

namespace Ams.Web.Tests.Localization;

public sealed class TextsTests
{
    [Fact]
    public void Every_page_text_is_written_in_Indonesian_and_in_English()
    {
        Assert.NotEmpty(Texts.Keys);

        var oneLanguageOnly = Texts.Keys
            .Where(key => string.IsNullOrWhiteSpace(Texts.Both(key).Id) || string.IsNullOrWhiteSpace(Texts.Both(key).En))
            .ToList();

        Assert.True(oneLanguageOnly.Count == 0, $"Texts in one language only: {string.Join(", ", oneLanguageOnly)}");
    }

    [Fact]
    public void A_request_number_is_a_hash_and_the_first_eight_hex_digits_of_the_id_in_upper_case()
    {
        var number = Ams.Web.Features.Requests.RequestNumber.Of(Guid.Parse("80a791b0-1c2d-4e5f-8a9b-0c1d2e3f4a5b"));

        Assert.Equal("#80A791B0", number.ToString());
        Assert.Null(Ams.Web.Features.Requests.RequestNumber.Of("not an id"));
    }
}
