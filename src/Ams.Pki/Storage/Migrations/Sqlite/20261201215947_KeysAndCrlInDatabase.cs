using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Pki.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeysAndCrlInDatabase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "current_crl",
                table: "pki_crl_state",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "pki_ca_keys",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    pem = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pki_ca_keys", x => x.name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pki_ca_keys");

            migrationBuilder.DropColumn(
                name: "current_crl",
                table: "pki_crl_state");
        }
    }
}
