using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ams.Pki.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pki_ca_keys",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pem = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pki_ca_keys", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "pki_certificates",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    serial = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject_dn = table.Column<string>(type: "text", nullable: false),
                    holder_email = table.Column<string>(type: "text", nullable: false),
                    profile = table.Column<string>(type: "text", nullable: false),
                    not_before = table.Column<long>(type: "bigint", nullable: false),
                    not_after = table.Column<long>(type: "bigint", nullable: false),
                    issued_at = table.Column<long>(type: "bigint", nullable: false),
                    der = table.Column<byte[]>(type: "bytea", nullable: false),
                    revoked_at = table.Column<long>(type: "bigint", nullable: true),
                    revocation_reason = table.Column<int>(type: "integer", nullable: true),
                    invalidity_date = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pki_certificates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pki_crl_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    crl_number = table.Column<long>(type: "bigint", nullable: false),
                    last_published_at = table.Column<long>(type: "bigint", nullable: true),
                    pending_since = table.Column<long>(type: "bigint", nullable: true),
                    revocation_count = table.Column<long>(type: "bigint", nullable: false),
                    published_revocation_count = table.Column<long>(type: "bigint", nullable: false),
                    current_crl = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pki_crl_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pki_enrollments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    started_at = table.Column<long>(type: "bigint", nullable: true),
                    completed_at = table.Column<long>(type: "bigint", nullable: true),
                    result = table.Column<string>(type: "text", nullable: true),
                    failure_reason = table.Column<string>(type: "text", nullable: true)
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
                name: "pki_ca_keys");

            migrationBuilder.DropTable(
                name: "pki_certificates");

            migrationBuilder.DropTable(
                name: "pki_crl_state");

            migrationBuilder.DropTable(
                name: "pki_enrollments");
        }
    }
}
