using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Web.Migrations
{
    /// <inheritdoc />
    public partial class OneOpenRequestPerCertificate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before the constraint: a double submission of an earlier release may have left two open requests for one
            // certificate. The later ones are closed, with a note saying why; the earliest goes on.
            migrationBuilder.Sql(
                """
                UPDATE ams_requests SET "Verification" = 'rejected', "Note" = 'Closed at upgrade: a duplicate of an earlier open request for this certificate.'
                WHERE "Kind" = 'revoke' AND ("Verification" = 'pending' OR ("Verification" = 'approved' AND "Enrollment" IN ('none', 'pending')))
                  AND EXISTS (SELECT 1 FROM ams_requests earlier
                              WHERE earlier."SerialNumber" = ams_requests."SerialNumber" AND earlier."Kind" = 'revoke'
                                AND (earlier."Verification" = 'pending' OR (earlier."Verification" = 'approved' AND earlier."Enrollment" IN ('none', 'pending')))
                                AND (earlier."CreatedAt" < ams_requests."CreatedAt" OR (earlier."CreatedAt" = ams_requests."CreatedAt" AND earlier."Id" < ams_requests."Id")))
                """);
            migrationBuilder.CreateIndex(
                name: "IX_ams_requests_open_per_certificate",
                table: "ams_requests",
                column: "SerialNumber",
                unique: true,
                filter: "\"Kind\" = 'revoke' AND (\"Verification\" = 'pending' OR (\"Verification\" = 'approved' AND \"Enrollment\" IN ('none', 'pending')))");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ams_requests_open_per_certificate",
                table: "ams_requests");
        }
    }
}
