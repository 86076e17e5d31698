using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Pki.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pki_certificates",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    serial = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    subject_dn = table.Column<string>(type: "TEXT", nullable: false),
                    holder_email = table.Column<string>(type: "TEXT", nullable: false),
                    profile = table.Column<string>(type: "TEXT", nullable: false),
                    not_before = table.Column<long>(type: "INTEGER", nullable: false),
                    not_after = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    der = table.Column<byte[]>(type: "BLOB", nullable: false),
                    revoked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revocation_reason = table.Column<int>(type: "INTEGER", nullable: true),
                    invalidity_date = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pki_certificates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pki_crl_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    crl_number = table.Column<long>(type: "INTEGER", nullable: false),
                    last_published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    pending_since = table.Column<long>(type: "INTEGER", nullable: true),
                    revocation_count = table.Column<long>(type: "INTEGER", nullable: false),
                    published_revocation_count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pki_crl_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pki_enrollments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    result = table.Column<string>(type: "TEXT", nullable: true),
                    failure_reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pki_enrollments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pki_certificates_holder_email",
                table: "pki_certificates",
                column: "holder_email");

            migrationBuilder.CreateIndex(
                name: "IX_pki_certificates_revoked_at",
                table: "pki_certificates",
                column: "revoked_at");

            migrationBuilder.CreateIndex(
                name: "IX_pki_certificates_serial",
                table: "pki_certificates",
                column: "serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pki_enrollments_state_created_at",
                table: "pki_enrollments",
                columns: new[] { "state", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pki_certificates");

            migrationBuilder.DropTable(
                name: "pki_crl_state");

            migrationBuilder.DropTable(
                name: "pki_enrollments");
        }
    }
}
