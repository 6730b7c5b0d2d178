extension Strings {
    /// Los mensajes (`Message`) en español, por su plantilla en inglés (the English text with `{n}` for
    /// each interpolation, as the compiler builds it). Grouped by the file that first says them.
    static let spanishMessages: [String: String] = [
        // HandoffCore/Ability.swift
        "create leads": "crear leads",
        "edit leads in the marketing stages": "editar leads en las etapas de marketing",
        "edit leads in the sales stages": "editar leads en las etapas de ventas",
        "move leads between the marketing stages": "mover leads entre las etapas de marketing",
        "hand leads off to sales": "traspasar leads a ventas",
        "accept handed-off leads": "aceptar leads traspasados",
        "reject handed-off leads": "rechazar leads traspasados",
        "move leads between the sales stages": "mover leads entre las etapas de ventas",
        "mark leads won or lost": "marcar leads como ganados o perdidos",
        "move leads back from the sales stages into the handoff stage": "devolver leads de las etapas de ventas a la etapa de traspaso",
        "move leads back from the sales stages to marketing": "devolver leads de las etapas de ventas a marketing",
        "move leads from the marketing stages straight into the sales stages":
            "pasar leads de las etapas de marketing directamente a las de ventas",
        "move closed leads back into the handoff stage": "devolver leads cerrados a la etapa de traspaso",
        "move closed leads back into the sales stages": "devolver leads cerrados a las etapas de ventas",
        "move closed leads back to marketing": "devolver leads cerrados a marketing",
        "add notes and next steps": "añadir notas y próximos pasos",
        "edit the scoring rules": "editar las reglas de puntuación",
        "import leads": "importar leads",
        "run the weekly meeting": "dirigir la reunión semanal",
        "edit the stages": "editar las etapas",
        "add, change or remove members": "añadir, cambiar o quitar miembros",
        "act as another member (--as)": "actuar como otro miembro (--as)",
        // HandoffCore/AmountReader.swift
        "'{1}' is negative; an amount is zero or more": "'{1}' es negativo; un importe es cero o más",
        "'{1}' has more than two decimals; if ',' groups thousands, import without --decimal-comma":
            "'{1}' tiene más de dos decimales; si ',' separa los miles, importa sin --decimal-comma",
        "'{1}' has more than two decimals; if '.' groups thousands, pass --decimal-comma":
            "'{1}' tiene más de dos decimales; si '.' separa los miles, usa --decimal-comma",
        "'{1}' is written with a decimal point; import without --decimal-comma":
            "'{1}' está escrito con punto decimal; importa sin --decimal-comma",
        "'{1}' is written with a decimal comma; pass --decimal-comma": "'{1}' está escrito con coma decimal; usa --decimal-comma",
        "'{1}' is not an amount; use digits, e.g. 1234.50 or 1,234.50": "'{1}' no es un importe; usa cifras, p. ej. 1234.50 o 1,234.50",
        // HandoffCore/CampaignRow.swift
        "a campaign needs an id or a name": "una campaña necesita un id o un nombre",
        "ended {1} is before started {2}": "el fin {1} es anterior al inicio {2}",
        // HandoffCore/CommandLineParser.swift
        "unknown {1} command '{2}'; {3} commands: {4}": "orden de {1} desconocida '{2}'; órdenes de {3}: {4}",
        "'{1}' needs a command: {2}": "'{1}' necesita una orden: {2}",
        "unknown option '{1}' for '{2}'": "opción desconocida '{1}' para '{2}'",
        "{1} needs a value ({2})": "{1} necesita un valor ({2})",
        "{1} takes no value": "{1} no lleva valor",
        "unknown command '{1}'": "orden desconocida '{1}'",
        "unknown command '{1}'; did you mean '{2}'?": "orden desconocida '{1}'; ¿querías decir '{2}'?",
        "'{1}' needs {2}": "'{1}' necesita {2}",
        "unexpected argument '{1}'": "argumento inesperado '{1}'",
        "usage: {1} COMMAND [options]": "uso: {1} ORDEN [opciones]",
        "commands:": "órdenes:",
        "Run '{1} COMMAND --help' for a command's options.": "Ejecuta '{1} ORDEN --help' para ver las opciones de una orden.",
        "usage: {1} [options]": "uso: {1} [opciones]",
        "options:": "opciones:",
        "show this help": "muestra esta ayuda",
        "usage: {1} [COMMAND] [options]": "uso: {1} [ORDEN] [opciones]",
        // HandoffCore/DateReader.swift
        "--date-format '{1}': '{2}' is not a part of a date pattern; use yyyy or yy, MM, dd, HH, mm, ss, e.g. dd/MM/yyyy":
            "--date-format '{1}': '{2}' no es parte de un patrón de fecha; usa yyyy o yy, MM, dd, HH, mm, ss, p. ej. dd/MM/yyyy",
        "--date-format '{1}' needs a day (dd), a month (MM) and a year (yyyy or yy), e.g. dd/MM/yyyy":
            "--date-format '{1}' necesita un día (dd), un mes (MM) y un año (yyyy o yy), p. ej. dd/MM/yyyy",
        "{1} is not a date in the format {2} (nor ISO YYYY-MM-DD)": "{1} no es una fecha con el formato {2} (ni ISO AAAA-MM-DD)",
        "{1} is day first; pass --date-format {2}": "{1} lleva el día primero; usa --date-format {2}",
        "{1} is month first; pass --date-format {2}": "{1} lleva el mes primero; usa --date-format {2}",
        "{1} is ambiguous (day or month first?); pass --date-format {2} or {3}":
            "{1} es ambigua (¿día o mes primero?); usa --date-format {2} o {3}",
        "{1} is not a date; use YYYY-MM-DD (ISO 8601) or pass --date-format, e.g. dd/MM/yyyy":
            "{1} no es una fecha; usa AAAA-MM-DD (ISO 8601) o --date-format, p. ej. dd/MM/yyyy",
        // HandoffCore/DueDate.swift
        "'{1}' is not a number of days; write +3 for three days from now":
            "'{1}' no es un número de días; escribe +3 para dentro de tres días",
        "'{1}' is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM or +3":
            "'{1}' no es una fecha; escribe DD/MM/AAAA, DD/MM/AAAA HH:MM, AAAA-MM-DD o +3",
        "{1} has passed; a next step is due in the future": "{1} ya pasó; un próximo paso vence en el futuro",
        // HandoffCore/DuplicateRows.swift
        "id {1} is also on row {2}; each lead once per file": "el id {1} también está en la fila {2}; cada lead una vez por fichero",
        "id '{1}' is also on row {2}; each lead once per file": "el id '{1}' también está en la fila {2}; cada lead una vez por fichero",
        "email {1} is also on row {2}; each lead once per file": "el email {1} también está en la fila {2}; cada lead una vez por fichero",
        // HandoffCore/DurationFormat.swift
        "just now": "ahora mismo",
        "{1} ago": "hace {1}",
        // HandoffCore/FieldErrors.swift
        "{1}: {2}": "{1}: {2}",
        // HandoffCore/HandoffError.swift
        "unknown stage '{1}'; stages are: {2}": "etapa desconocida '{1}'; las etapas son: {2}",
        "cannot move: {1}": "no se puede mover: {1}",
        "no lead with id {1}": "no hay ningún lead con id {1}",
        // HandoffCore/ImportMapping.swift
        "--map {1}={2}: '{3}' is not a field of {4}; fields are: {5}": "--map {1}={2}: '{3}' no es un campo de {4}; los campos son: {5}",
        "--map {1}={2}: the file has no column '{3}'; its columns are: {4}":
            "--map {1}={2}: el fichero no tiene la columna '{3}'; sus columnas son: {4}",
        "a quoted field is never closed, so the rest of the file ran into it; close the quote":
            "un campo entre comillas no se cierra nunca, así que el resto del fichero entró en él; cierra las comillas",
        "the row has {1} fields but the header has {2}": "la fila tiene {1} campos pero la cabecera tiene {2}",
        "the row has 1 field but the header has {1}": "la fila tiene 1 campo pero la cabecera tiene {1}",
        "the text is not valid UTF-8; save the file as UTF-8": "el texto no es UTF-8 válido; guarda el fichero como UTF-8",
        "{1} takes NAME=VALUE pairs separated by commas; '{2}' has no '='":
            "{1} lleva pares NOMBRE=VALOR separados por comas; '{2}' no tiene '='",
        "{1}: '{2}' has nothing before '='": "{1}: '{2}' no tiene nada antes de '='",
        // HandoffCore/ImportOptions+CommandLine.swift
        "Import a CSV file (HubSpot, Salesforce, a spreadsheet, a Handoff export): all rows or none.":
            "Importa un fichero CSV (HubSpot, Salesforce, una hoja de cálculo, una exportación de Handoff): todas las filas o ninguna.",
        "leads (default), deals, campaigns, members, insights (what sales heard, one event each in your name), content (pieces, which a file cannot publish) or activity (email and web actions of leads, matched by email)":
            "leads (por defecto), deals, campaigns, members, insights (lo que oyó ventas, un evento cada uno a tu nombre), content (piezas, que un archivo no puede publicar) o activity (acciones de los leads en el email y la web, emparejadas por email)",
        "read a field from a column (--map value=close_value,created=engage_date)":
            "lee un campo de una columna (--map value=close_value,created=engage_date)",
        "put rows with a stage value in a stage (--stage-map Won=won,Engaging=proposal)":
            "pone las filas con un valor de etapa en una etapa (--stage-map Won=won,Engaging=proposal)",
        "dates that are not ISO: dd/MM/yyyy, MM/dd/yyyy, dd-MM-yy, ...": "fechas que no son ISO: dd/MM/yyyy, MM/dd/yyyy, dd-MM-yy, ...",
        "the field separator (default: detected: , ; tab or |)": "el separador de campos (por defecto se detecta: , ; tabulador o |)",
        "amounts are written 1.234,50": "los importes se escriben 1.234,50",
        "import the good rows even when some are rejected": "importa las filas buenas aunque se rechacen algunas",
        "write the rejected rows, with why, to a CSV you can correct and import":
            "escribe las filas rechazadas, con el motivo, en un CSV que puedes corregir e importar",
        "check everything and say what would happen; write nothing": "lo comprueba todo y dice qué pasaría; no escribe nada",
        "--kind must be {1}, not '{2}'": "--kind debe ser {1}, no '{2}'",
        "Columns are recognised by name, ignoring case and spaces: Handoff's own export, HubSpot (Record ID, First Name,\nLifecycle Stage, Create Date, Contact owner, Deal Name, Deal Stage, Amount, Close Date...), Salesforce\n(FirstName, Company, Status, LeadSource, OwnerId, CreatedDate, StageName, CloseDate...), Zoho CRM (Lead Owner,\nLead Status, Created Time, Deal Name, Stage, Closing Date, Account Name...) and Pipedrive (Deal - Title,\nDeal - Stage, Deal - Status, Deal - Value, Person - Name...). A file with deal columns is read as deals. Fields:\nid, name, first_name, last_name, company, email, phone, source, campaign, owner, stage, outcome (open, won or\nlost beside the stage), value, currency, created, entered, closed, score, lost_reason. Other columns are kept\nas attributes of each lead (an attr.NAME column as attribute NAME).\nA row whose id or email is already on the board updates that lead (one event). Campaigns that do not exist\nare added; owners who are not members join the sales team when you may add members (admins), and are\nrefused with their row otherwise (--skip-unknown-owners imports those leads without an owner). Won and lost\nrows get their history at their created and close dates. Dates that are not ISO are read in the one order\nevery date of their column fits; amounts in a currency make it the board's on a new board (handoff settings).\nIf any row is rejected nothing is imported (unless --skip-bad-rows): each kind of problem is said once, with\na few of its rows and the options that would import them.":
            "Las columnas se reconocen por su nombre, sin distinguir mayúsculas ni espacios: la exportación de Handoff, HubSpot (Record ID,\nFirst Name, Lifecycle Stage, Create Date, Contact owner, Deal Name, Deal Stage, Amount, Close Date...), Salesforce\n(FirstName, Company, Status, LeadSource, OwnerId, CreatedDate, StageName, CloseDate...), Zoho CRM (Lead Owner,\nLead Status, Created Time, Deal Name, Stage, Closing Date, Account Name...) y Pipedrive (Deal - Title, Deal - Stage,\nDeal - Status, Deal - Value, Person - Name...). Un fichero con columnas de oportunidades se lee como oportunidades. Campos:\nid, name, first_name, last_name, company, email, phone, source, campaign, owner, stage, outcome (open, won o lost junto\na la etapa), value, currency, created, entered, closed, score, lost_reason. Las demás columnas se guardan como atributos\nde cada lead (una columna attr.NOMBRE como atributo NOMBRE).\nUna fila cuyo id o email ya está en el tablero actualiza ese lead (un evento). Se añaden las campañas que no existen;\nlos responsables que no son miembros entran en el equipo de ventas si puedes añadir miembros (admins), y si no se\nrechazan con su fila (--skip-unknown-owners importa esos leads sin responsable). Las filas ganadas y perdidas reciben\nsu historial en sus fechas de creación y de cierre. Las fechas que no son ISO se leen en el único orden en que encajan\ntodas las de su columna; unos importes en una moneda la hacen la del tablero si es nuevo (handoff settings).\nSi se rechaza alguna fila no se importa nada (salvo con --skip-bad-rows): cada tipo de problema se dice una vez, con\nalgunas de sus filas y las opciones que las importarían.",
        "import leads whose owner is not on the board without an owner, instead of refusing them":
            "importa sin responsable los leads cuyo responsable no está en el tablero, en vez de rechazarlos",
        // HandoffCore/ImportOptions.swift
        "--delimiter takes one character such as , ; | or the word tab, not '{1}'":
            "--delimiter lleva un carácter como , ; | o la palabra tab, no '{1}'",
        // HandoffCore/ImportProgress.swift
        "{1} rows, {2}% of the file, {3} rows/s": "{1} filas, {2} % del fichero, {3} filas/s",
        "1 row, {1}% of the file": "1 fila, {1} % del fichero",
        // HandoffCore/ImportReject.swift
        "row {1}": "fila {1}",
        "row {1} (line {2})": "fila {1} (línea {2})",
        "{1}, column {2}: {3}": "{1}, columna {2}: {3}",
        // HandoffCore/ImportReport+Text.swift
        "1 lead": "1 lead",
        "{1} leads": "{1} leads",
        "1 deal": "1 oportunidad",
        "{1} deals": "{1} oportunidades",
        "1 campaign": "1 campaña",
        "{1} campaigns": "{1} campañas",
        "1 member": "1 miembro",
        "{1} members": "{1} miembros",
        "1 row": "1 fila",
        "{1} rows": "{1} filas",
        "{1} in {2} s ({3} rows/s)": "{1} en {2} s ({3} filas/s)",
        "Dry run, nothing written: would import {1}: {2}": "Simulación, no se escribió nada: se importaría {1}: {2}",
        "Imported {1}: {2}": "Importado {1}: {2}",
        "Checked {1}: {2}": "Comprobado {1}: {2}",
        ", {1} rejected (skipped)": "; rechazadas: {1} (omitidas)",
        ", {1} rejected": "; rechazadas: {1}",
        "  {1} would be created, {2} would be updated, {3} unchanged{4}": "  se crearían: {1}; se actualizarían: {2}; sin cambios: {3}{4}",
        "  {1} created, {2} updated, {3} unchanged{4}": "  creados: {1}; actualizados: {2}; sin cambios: {3}{4}",
        "  owners (this board has no team yet, so they are kept on the leads only): {1}":
            "  responsables (este tablero aún no tiene equipo, así que solo se guardan en los leads): {1}",
        "  owners would be added to the sales team: {1}": "  responsables que se añadirían al equipo de ventas: {1}",
        "  owners added to the sales team: {1}": "  responsables añadidos al equipo de ventas: {1}",
        "  campaigns would be added: {1}": "  campañas que se añadirían: {1}",
        "  campaigns added: {1}": "  campañas añadidas: {1}",
        "1 history event": "1 evento de historial",
        "{1} history events": "{1} eventos de historial",
        "  {1} would be written": "  se escribirían: {1}",
        "  {1} written": "  escritos: {1}",
        "Nothing was imported: {1} of {2} cannot be imported.": "No se importó nada: {1} de {2} no se pueden importar.",
        "{1} of {2} cannot be imported; without --skip-bad-rows the import would write nothing:":
            "{1} de {2} no se pueden importar; sin --skip-bad-rows la importación no escribiría nada:",
        "{1} of {2} cannot be imported and were skipped:": "{1} de {2} no se pueden importar y se omitieron:",
        "  {1}": "  {1}",
        "  (--rejects FILE writes every rejected row with why, to correct and import)":
            "  (--rejects FICHERO escribe cada fila rechazada con el motivo, para corregirla e importarla)",
        "  dates of {1} read as {2}, the only order every date there fits":
            "  fechas de {1} leídas como {2}, el único orden en que encajan todas",
        "  dates of {1} read as {2}, the only order every date there fits ('{3}' has no other)":
            "  fechas de {1} leídas como {2}, el único orden en que encajan todas ('{3}' no admite otro)",
        "  No column fills a field of the board.": "  Ninguna columna rellena un campo del tablero.",
        "  Columns read: {1}.": "  Columnas leídas: {1}.",
        "  Kept as attributes: {1} and {2} more.": "  Guardadas como atributos: {1} y {2} más.",
        "  Kept as attributes: {1}.": "  Guardadas como atributos: {1}.",
        "  {1}:": "  {1}:",
        "  {1}, column {2}:": "  {1}, columna {2}:",
        "    {1}": "    {1}",
        "    (and {1} more)": "    (y {1} más)",
        "To import these rows: handoff import {1} {2}": "Para importar estas filas: handoff import {1} {2}",
        "  the board's currency would be {1}, the currency of the file's amounts":
            "  la moneda del tablero sería {1}, la de los importes del fichero",
        "  {1} with no date would be left out of the figures by period (the dashboard counts them)":
            "  {1} sin fecha quedarían fuera de las cifras por periodo (el panel los cuenta)",
        "  {1} with no date: left out of the figures by period (the dashboard counts them)":
            "  {1} sin fecha: fuera de las cifras por periodo (el panel los cuenta)",
        "  the board's currency is now {1}, the currency of the file's amounts (handoff settings)":
            "  la moneda del tablero es ahora {1}, la de los importes del fichero (handoff settings)",
        "the row has no name, first or last name, company or id to name the lead by; its {1} column looks like an id":
            "la fila no tiene nombre, nombre de pila o apellido, empresa ni id con que nombrar el lead; su columna {1} parece un id",
        "the amount is in {1} and the file's first amounts in {2}; a board counts in one currency":
            "el importe está en {1} y los primeros importes del fichero en {2}; un tablero cuenta en una sola moneda",
        "the amount is in {1} and this board counts in {2}; convert it, or change the board's currency (handoff settings set currency {3}) if the board is new":
            "el importe está en {1} y este tablero cuenta en {2}; conviértelo, o cambia la moneda del tablero (handoff settings set currency {3}) si el tablero es nuevo",
        "build each name from columns (--name \"{product} for {account}\"; --map name=first+last joins them)":
            "forma cada nombre con columnas (--name \"{product} para {account}\"; --map name=nombre+apellido las une)",
        "{1} {2} names no column; write them as {column}, e.g. --name \"{product} for {account}\"":
            "{1} {2} no nombra ninguna columna; escríbelas como {column}, p. ej. --name \"{product} para {account}\"",
        "{1} {2}: a '{' is never closed; write column names as {column}":
            "{1} {2}: una '{' no se cierra nunca; escribe los nombres de columna como {column}",
        "{1} {2}: the file has no column '{3}'; its columns are: {4}":
            "{1} {2}: el fichero no tiene la columna '{3}'; sus columnas son: {4}",
        // handoff/SettingsCommand.swift
        "List the board's settings, or change one (admins): currency.": "Lista los ajustes del tablero, o cambia uno (admins): currency.",
        "currency: the ISO 4217 code every amount on the board is in (EUR until set). An import whose amounts name a\ncurrency sets it on a board that never had one, and refuses amounts in another one.":
            "currency: el código ISO 4217 en que están todos los importes del tablero (EUR mientras no se fije). Una importación cuyos\nimportes nombran una moneda la fija en un tablero que nunca la tuvo, y rechaza importes en otra.",
        "Each setting and its value.": "Cada ajuste y su valor.",
        "Change a setting: handoff settings set currency USD": "Cambia un ajuste: handoff settings set currency USD",
        "The board's currency is {1}.": "La moneda del tablero es {1}.",
        "{1} {2}": "{1} {2}",
        "{1} {2} (not set: the default)": "{1} {2} (sin fijar: el valor por defecto)",
        // HandoffStore/Store+Settings.swift
        "a currency is a three-letter ISO 4217 code such as EUR, USD or GBP, not '{1}'":
            "una moneda es un código ISO 4217 de tres letras como EUR, USD o GBP, no '{1}'",
        "'{1}' is not a setting; settings are: {2}": "'{1}' no es un ajuste; los ajustes son: {2}",
        "'{1}' ({2})": "'{1}' ({2})",
        "Stage values this board does not know: {1}.": "Valores de etapa que este tablero no conoce: {1}.",
        "  Map each to a stage with {1}; stages: {2}.": "  Asigna cada uno a una etapa con {1}; etapas: {2}.",
        "Correct the file and import it again, or pass --skip-bad-rows to import the other {1}.":
            "Corrige el fichero e impórtalo de nuevo, o usa --skip-bad-rows para importar las otras {1}.",
        "Correct the file and import it again.": "Corrige el fichero e impórtalo de nuevo.",
        "  owners not on the board, whose leads would be imported without an owner: {1}":
            "  responsables que no están en el tablero, cuyos leads se importarían sin responsable: {1}",
        "  owners not on the board, whose leads were imported without an owner: {1}":
            "  responsables que no están en el tablero, cuyos leads se importaron sin responsable: {1}",
        // HandoffCore/KPIPeriod+Options.swift
        "{1} takes a date written YYYY-MM-DD (a whole UTC day), not '{2}'":
            "{1} lleva una fecha escrita DD/MM/AAAA o AAAA-MM-DD (un día UTC entero), no '{2}'",
        "--period cannot be combined with --from or --to; use one or the other":
            "--period no se puede combinar con --from ni --to; usa uno u otro",
        "unknown period '{1}'; periods: {2}, or Nd / Nw (the last N days or weeks)":
            "periodo desconocido '{1}'; periodos: {2}, o Nd / Nw (los últimos N días o semanas)",
        // HandoffCore/KPIPeriod.swift
        "a period is made of whole UTC days: write dates as YYYY-MM-DD":
            "un periodo se compone de días UTC enteros: escribe las fechas como AAAA-MM-DD",
        "the period must end after it starts: {1} is not before {2} (the end is not included)":
            "el periodo debe terminar después de empezar: {1} no es anterior a {2} (el final no se incluye)",
        // HandoffCore/KPIReport+Text.swift
        "KPIs for {1}: {2}, compared with {3}": "KPIs de {1}: {2}, comparado con {3}",
        "KPIs for {1}: {2}": "KPIs de {1}: {2}",
        "Amounts in {1}; scoring version {2}; open pipeline and stale leads as of {3} UTC":
            "Importes en {1}; versión de puntuación {2}; embudo abierto y leads estancados a {3} UTC",
        "NOW": "AHORA",
        "BEFORE": "ANTES",
        "CHANGE": "CAMBIO",
        "(now)": "(ahora)",
        "Leads by source: {1}": "Leads por origen: {1}",
        "Rejection reasons: {1}": "Motivos de rechazo: {1}",
        "Funnel: {1}": "Embudo: {1}",
        "CAMPAIGN": "CAMPAÑA",
        "SPEND": "GASTO",
        "LEADS": "LEADS",
        "MQLS": "MQLS",
        "ACCEPTED": "ACEPTADOS",
        "WON": "GAN.",
        "REVENUE": "INGRESOS",
        "CPL": "CPL",
        "ROI": "ROI",
        "REP": "COMERCIAL",
        "RESPONSE": "RESPUESTA",
        "none": "ninguno",
        "(none)": "(ninguno)",
        // HandoffCore/KPISection.swift
        "MARKETING": "MARKETING",
        "HANDOFF": "TRASPASO",
        "SALES": "VENTAS",
        "SHARED": "COMPARTIDO",
        // HandoffCore/Language.swift
        "--lang takes {1}, not '{2}'": "--lang lleva {1}, no '{2}'",
        // HandoffCore/LeadConflict.swift
        "a moment ago": "hace un momento",
        "meanwhile": "mientras tanto",
        "someone else": "otra persona",
        "{1} (lead {2}) was changed by {3} {4} ({5}); {6}. Nothing was overwritten.":
            "{3} cambió {1} (lead {2}) {4} ({5}); {6}. No se sobrescribió nada.",
        "{1} (lead {2}) was changed by {3} {4}; {5}. Nothing was overwritten.":
            "{3} cambió {1} (lead {2}) {4}; {5}. No se sobrescribió nada.",
        // HandoffCore/LeadDraft.swift
        "a lead needs a name": "un lead necesita un nombre",
        "at most 200 characters": "como máximo 200 caracteres",
        "'{1}' is not an email address (name@example.com)": "'{1}' no es una dirección de email (nombre@ejemplo.com)",
        "use digits, spaces and + - ( ) . (at least 6 digits)": "usa cifras, espacios y + - ( ) . (al menos 6 cifras)",
        "unknown campaign '{1}'; this board has no campaigns": "campaña desconocida '{1}'; este tablero no tiene campañas",
        "unknown campaign '{1}'; e.g. {2}": "campaña desconocida '{1}'; p. ej. {2}",
        "'{1}' is not a member of this board": "'{1}' no es miembro de este tablero",
        "has a control or invisible character (shown as ␛ or �); delete it":
            "tiene un carácter de control o invisible (se muestra como ␛ o �); bórralo",
        // HandoffCore/LeadEvent+Summary.swift
        "another stage": "otra etapa",
        "created it": "lo creó",
        "handed it off to sales": "lo traspasó a ventas",
        "accepted it": "lo aceptó",
        "rejected it ({1})": "lo rechazó ({1})",
        "rejected it": "lo rechazó",
        "marked it won": "lo marcó como ganado",
        "marked it lost": "lo marcó como perdido",
        "added a note": "añadió una nota",
        "edited it": "lo editó",
        "undid a change (back in {1})": "deshizo un cambio (de vuelta en {1})",
        "moved it to {1}": "lo movió a {1}",
        // HandoffCore/LeadRowReader.swift
        "a name has at most {1} characters; this one has {2}": "un nombre tiene como máximo {1} caracteres; este tiene {2}",
        "'{1}' is not a stage of this board": "'{1}' no es una etapa de este tablero",
        "'{1}' is not a score (a whole number)": "'{1}' no es una puntuación (un número entero)",
        "closed {1} is before created {2}": "el cierre {1} es anterior a la creación {2}",
        "this board has no stage for '{1}' deals": "este tablero no tiene etapa para las oportunidades '{1}'",
        "'{1}' is not a status of a deal: open, won or lost": "'{1}' no es un estado de oportunidad: open, won o lost",
        // HandoffCore/MeetingAgenda+Markdown.swift
        "History head: `{1}` (`handoff check --expect-head {2}` proves later that nothing up to here was changed).":
            "Cabeza del historial: `{1}` (`handoff check --expect-head {2}` demuestra más adelante que nada hasta aquí se cambió).",
        "The history's hash chain is broken ({1} problems): run `handoff check` before relying on these figures.":
            "La cadena de hashes del historial está rota ({1} problemas): ejecuta `handoff check` antes de fiarte de estas cifras.",
        // HandoffCore/MemberRow.swift
        "a member needs a login or a name": "un miembro necesita un login o un nombre",
        "a login has no spaces": "un login no tiene espacios",
        "'{1}' is not a team; teams are {2}": "'{1}' no es un equipo; los equipos son {2}",
        // HandoffCore/MoneyInput.swift
        "enter an amount, e.g. 18500": "escribe un importe, p. ej. 18500",
        "the amount cannot be negative": "el importe no puede ser negativo",
        "'{1}' is not an amount; use digits, e.g. {2} or {3} or {4}": "'{1}' no es un importe; usa cifras, p. ej. {2} o {3} o {4}",
        "'{1}' is not an amount; in {2}, write it {3}": "'{1}' no es un importe; en {2} se escribe {3}",
        "English": "inglés",
        "Spanish": "español",
        "an amount has at most two decimals": "un importe tiene como máximo dos decimales",
        "the amount must be more than zero": "el importe debe ser mayor que cero",
        "the amount is too large": "el importe es demasiado grande",
        // HandoffCore/Permissions.swift
        "no team may (add a row for `{1}` to the permissions table)":
            "ningún equipo puede (añade una fila para `{1}` a la tabla permissions)",
        "{1} may": "pueden: {1}",
        "{1} ({2}, {3}) may not {4}; {5}. Nothing was changed.": "{1} ({2}, {3}) no puede {4}; {5}. No se cambió nada.",
        "{1} is not a member of this board, so it is read-only for them; nothing was changed. {2}":
            "{1} no es miembro de este tablero, así que es de solo lectura para él; no se cambió nada. {2}",
        "Read-only: {1} is not a member of this board. An admin adds you: handoff member add {2} --name NAME --team marketing|sales|success|admin":
            "Solo lectura: {1} no es miembro de este tablero. Un admin te añade con: handoff member add {2} --name NOMBRE --team marketing|sales|success|admin",
        "An admin adds members with `handoff member add LOGIN --name NAME --team marketing|sales|success|admin` (see `handoff member list`).":
            "Un admin añade miembros con `handoff member add LOGIN --name NOMBRE --team marketing|sales|success|admin` (mira `handoff member list`).",
        "{1} and {2}": "{1} y {2}",
        // HandoffCore/Pipeline+Handoff.swift
        "this board has no {1} stage; add one to the stages table": "este tablero no tiene etapa {1}; añade una a la tabla stages",
        "lead {1} is already closed ({2}); move it back to an open stage first":
            "el lead {1} ya está cerrado ({2}); muévelo antes a una etapa abierta",
        "lead {1} is in {2}; only deals in a sales stage can be won (accept it first)":
            "el lead {1} está en {2}; solo se ganan oportunidades en una etapa de ventas (acéptalo antes)",
        "lead {1} is in {2}, not handed off; only leads in {3} can be rejected":
            "el lead {1} está en {2}, no traspasado; solo se pueden rechazar leads en {3}",
        "lead {1} is in {2}, not handed off; only leads in {3} can be accepted":
            "el lead {1} está en {2}, no traspasado; solo se pueden aceptar leads en {3}",
        // HandoffCore/Pipeline.swift
        "{1} is not on the board; name the stage to move to": "{1} no está en el tablero; indica la etapa de destino",
        "already in the last stage ({1})": "ya está en la última etapa ({1})",
        "already in the first stage ({1})": "ya está en la primera etapa ({1})",
        "the lead is already in {1}": "el lead ya está en {1}",
        // HandoffCore/ScoringParser.swift
        "more than {1} rules; a definition has at most {2}": "más de {1} reglas; una definición tiene como mucho {2}",
        "the definition is larger than {1} KB; a scoring definition is at most {2} KB":
            "la definición ocupa más de {1} KB; una definición de puntuación ocupa como mucho {2} KB",
        "the rules list more than {1} values in all; a definition lists at most {2}":
            "las reglas enumeran más de {1} valores en total; una definición enumera como mucho {2}",
        // HandoffCore/ScoringRuleParser.swift
        "the list has more than {1} values; a rule lists at most {2} (split it into rules, or score an attribute that groups the values)":
            "la lista tiene más de {1} valores; una regla enumera como mucho {2} (divídela en reglas, o puntúa un atributo que agrupe los valores)",
        // HandoffCore/StageMatcher.swift
        "--stage-map {1}={2}: '{3}' is not a stage of this board; stages are: {4}":
            "--stage-map {1}={2}: '{3}' no es una etapa de este tablero; las etapas son: {4}",
        // HandoffCore/UsageError.swift
        "error: {1}": "error: {1}",
        // HandoffCore/WorkingCalendar+Parsing.swift
        "service level of {1}: {2} '{3}' is not a time (HH:MM)": "nivel de servicio de {1}: {2} '{3}' no es una hora (HH:MM)",
        "service level of {1}: workday '{2}' is not a weekday (1 = Monday ... 7 = Sunday, or mon ... sun)":
            "nivel de servicio de {1}: el día laborable '{2}' no es un día de la semana (1 = lunes ... 7 = domingo, o mon ... sun)",
        "service level of {1}: utc_offset '{2}' is not an offset such as +01:00":
            "nivel de servicio de {1}: utc_offset '{2}' no es un desfase como +01:00",
        // HandoffCore/WorkingCalendar.swift
        "service level of {1}: the working day must start before it ends, within 00:00-24:00":
            "nivel de servicio de {1}: la jornada debe empezar antes de acabar, dentro de 00:00-24:00",
        "service level of {1}: at least one weekday (1 = Monday ... 7 = Sunday) must be worked":
            "nivel de servicio de {1}: hay que trabajar al menos un día de la semana (1 = lunes ... 7 = domingo)",
        // HandoffStore/BoardCheck.swift
        "{1} was written by a newer Handoff (schema {2}, this one knows {3}); upgrade Handoff to check it":
            "{1} lo escribió un Handoff más nuevo (esquema {2}, este conoce el {3}); actualiza Handoff para comprobarlo",
        "{1} is not a Handoff board (no Handoff schema in it); nothing to check":
            "{1} no es un tablero de Handoff (no tiene esquema de Handoff); no hay nada que comprobar",
        "every reference between rows points at a row that exists": "cada referencia entre filas apunta a una fila que existe",
        "every lead is in a stage of the pipeline": "cada lead está en una etapa del embudo",
        "column counts and sums equal the leads in each stage":
            "los recuentos y sumas de las columnas coinciden con los leads de cada etapa",
        "every lead has its created event": "cada lead tiene su evento de creación",
        "every lead is in the stage its latest stage event names": "cada lead está en la etapa que indica su último evento de etapa",
        "SQLite finds no damaged page, index or record": "SQLite no encuentra ninguna página, índice ni registro dañado",
        "--expect-head takes a head as `handoff check --print-head` prints it (e12-b3- and 64 hex digits), not '{1}'":
            "--expect-head recibe una cabeza tal como la imprime `handoff check --print-head` (e12-b3- y 64 dígitos hexadecimales), no '{1}'",
        "SQLite cannot read the list of the board's tables: the pages that hold it are damaged":
            "SQLite no puede leer la lista de tablas del tablero: las páginas que la guardan están dañadas",
        "the check stopped early at a page too damaged to read":
            "la comprobación se detuvo antes de tiempo en una página demasiado dañada para leerla",
        "{1} row {2} points at a missing row of {3}": "la fila {2} de {1} apunta a una fila de {3} que no existe",
        "lead {1} is in stage '{2}', which the stages table does not have":
            "el lead {1} está en la etapa '{2}', que la tabla de etapas no tiene",
        "stage '{1}' shows {2} leads worth {3} but holds {4} worth {5}":
            "la etapa '{1}' muestra {2} leads por {3} pero contiene {4} por {5}",
        "lead {1} has no created event": "el lead {1} no tiene evento de creación",
        "the dashboard's '{1}' figures disagree with the board's own rows on {2} days":
            "las cifras '{1}' del panel no coinciden con las filas del tablero en {2} días",
        "the dashboard's daily figures equal a count of the leads, events and answers they summarise":
            "las cifras diarias del panel son el recuento de los leads, eventos y respuestas que resumen",
        "lead {1} is in '{2}' but its latest stage event ({3}) moved it to '{4}'":
            "el lead {1} está en '{2}' pero su último evento de etapa ({3}) lo movió a '{4}'",
        "every event follows from the ones before it by its hash (SHA-256): none changed, removed or inserted":
            "cada evento se sigue de los anteriores por su hash (SHA-256): ninguno cambiado, quitado ni insertado",
        "every board event follows from the ones before it by its hash (SHA-256): none changed, removed or inserted":
            "cada evento del tablero se sigue de los anteriores por su hash (SHA-256): ninguno cambiado, quitado ni insertado",
        "this board's history has no hashes yet: Handoff computes them once when it next opens the board for writing (`handoff init --db PATH` does)":
            "el historial de este tablero aún no tiene hashes: Handoff los calcula una vez la próxima vez que abra el tablero para escribir (`handoff init --db RUTA` lo hace)",
        "the head names event {1} and board event {2}, but the history ends at event {3} and board event {4}: entries were removed, or the head is from another board":
            "la cabeza nombra el evento {1} y el evento del tablero {2}, pero el historial acaba en el evento {3} y el evento del tablero {4}: se quitaron entradas, o la cabeza es de otro tablero",
        "the history up to event {1} and board event {2} is not what it was when this head was printed: it was rewritten since (or the head is from another board)":
            "el historial hasta el evento {1} y el evento del tablero {2} no es el que era cuando se imprimió esta cabeza: se ha reescrito desde entonces (o la cabeza es de otro tablero)",
        "the history up to event {1} and board event {2} cannot be the one this head was printed from: the chain breaks before it (see above)":
            "el historial hasta el evento {1} y el evento del tablero {2} no puede ser aquel del que se imprimió esta cabeza: la cadena se rompe antes (ver arriba)",
        "the history up to the head given is exactly as it was when that head was printed":
            "el historial hasta la cabeza dada es exactamente el que era cuando se imprimió esa cabeza",
        // HandoffStore/BoardFiles.swift
        "cannot create the folder {1} for the board: {2}": "no se puede crear la carpeta {1} para el tablero: {2}",
        "there is no group named '{1}' on this machine; create it (sudo groupadd {2}) and add each member of the team (sudo usermod -aG {3} LOGIN)":
            "no hay ningún grupo llamado '{1}' en esta máquina; créalo (sudo groupadd {2}) y añade a cada miembro del equipo (sudo usermod -aG {3} LOGIN)",
        "you are not in the group '{1}' (`id -Gn` lists yours); an administrator of the machine adds you with sudo usermod -aG {2} $USER, then log in again":
            "no estás en el grupo '{1}' (`id -Gn` lista los tuyos); un administrador de la máquina te añade con sudo usermod -aG {2} $USER, y luego vuelve a iniciar sesión",
        "only the owner of {1} can share it with a group; ask them to run `handoff init --db {2} --shared-group {3}`":
            "solo el propietario de {1} puede compartirlo con un grupo; pídele que ejecute `handoff init --db {2} --shared-group {3}`",
        "you may not open {1} (owner {2}, group {3}, mode 0{4}): ask an administrator of the machine to add you to the group {5} (sudo usermod -aG {6} $USER), then log in again":
            "no puedes abrir {1} (propietario {2}, grupo {3}, modo 0{4}): pide a un administrador de la máquina que te añada al grupo {5} (sudo usermod -aG {6} $USER), y luego vuelve a iniciar sesión",
        "you may not open {1}: it is private to {2} (mode 0{3}); to share it with a team, {4} runs `handoff init --db {5} --shared-group GROUP`":
            "no puedes abrir {1}: es privado de {2} (modo 0{3}); para compartirlo con un equipo, {4} ejecuta `handoff init --db {5} --shared-group GRUPO`",
        "{1} belongs to {2} (group {3}), who is neither the board's owner ({4}) nor in its group {5}, so nothing was opened: a board's companion files are made by the people who use it. Find out how it got there (ls -l {6}); remove it if nobody is using the board":
            "{1} es de {2} (grupo {3}), que no es el dueño del tablero ({4}) ni está en su grupo {5}, así que no se abrió nada: los ficheros que acompañan a un tablero los crean quienes lo usan. Averigua cómo llegó ahí (ls -l {6}); bórralo si nadie está usando el tablero",
        "{1} belongs to {2} (group {3}), who is neither the board's owner ({4}) nor you, so nothing was opened: a board's companion files are made by the people who use it. Find out how it got there (ls -l {5}); remove it if nobody is using the board":
            "{1} es de {2} (grupo {3}), que no es el dueño del tablero ({4}) ni tú, así que no se abrió nada: los ficheros que acompañan a un tablero los crean quienes lo usan. Averigua cómo llegó ahí (ls -l {5}); bórralo si nadie está usando el tablero",
        "{1} has {2} names (it is a hard link), so it may be another file of someone's; nothing was opened. Find out how it got there (ls -li {3}); remove it if nobody is using the board":
            "{1} tiene {2} nombres (es un enlace duro), así que puede ser otro fichero de alguien; no se abrió nada. Averigua cómo llegó ahí (ls -li {3}); bórralo si nadie está usando el tablero",
        "{1} is a symbolic link (to {2}, made by {3}), where the board keeps a file of its own; nothing was opened, since following it would change or expose the file it points to. Remove the link (rm {4}) and find out who made it":
            "{1} es un enlace simbólico (a {2}, creado por {3}), donde el tablero guarda un fichero propio; no se abrió nada, porque seguirlo cambiaría o expondría el fichero al que apunta. Borra el enlace (rm {4}) y averigua quién lo creó",
        "{1} is a symbolic link (to {2}, made by {3}); sharing changes modes and groups, which must not follow a link: run it on the board's own file":
            "{1} es un enlace simbólico (a {2}, creado por {3}); compartir cambia modos y grupos, y eso no debe seguir un enlace: ejecútalo sobre el fichero del tablero",
        "{1} is a symbolic link to {2}, which does not exist; nothing was created. Give --db the file itself, or remove the link (rm {3})":
            "{1} es un enlace simbólico a {2}, que no existe; no se creó nada. Da a --db el fichero mismo, o borra el enlace (rm {3})",
        "{1} is not a plain file ({2}), where the board keeps a file of its own; nothing was opened. Remove it (rm -r {3}) and find out who made it":
            "{1} no es un fichero normal ({2}), donde el tablero guarda un fichero propio; no se abrió nada. Bórralo (rm -r {3}) y averigua quién lo creó",
        "{1} is {2}, not a board; nothing was opened. Give --db a board file":
            "{1} es {2}, no un tablero; no se abrió nada. Da a --db un fichero de tablero",
        "a FIFO": "una FIFO",
        "a folder": "una carpeta",
        "a socket": "un socket",
        "a device": "un dispositivo",
        "not a file": "no es un fichero",
        "not a plain file": "no es un fichero normal",
        "{1} (made by {2}, mode 0{3}) lies beside the board: SQLite must play such a journal back into the board before anything else, and you may not read and write it, so nothing was opened. A journal is left by a write that never finished (its maker can open the board once to play it back) or put there by someone; if nobody was writing to the board, find out who made it before moving it aside (mv {4} {5}.suspect), then run `handoff check`":
            "{1} (creado por {2}, modo 0{3}) está junto al tablero: SQLite debe aplicar un diario así al tablero antes que nada, y tú no puedes leerlo ni escribirlo, así que no se abrió nada. Un diario lo deja una escritura que no terminó (quien lo creó puede abrir el tablero una vez para aplicarlo) o lo pone alguien; si nadie estaba escribiendo en el tablero, averigua quién lo creó antes de apartarlo (mv {4} {5}.suspect) y ejecuta `handoff check`",
        // HandoffStore/BoardRestore.swift
        "cannot read {1}: {2}; nothing was changed": "no se puede leer {1}: {2}; no se cambió nada",
        "cannot tell whether anyone has {1} open (this system has no /proc/locks); nothing was changed":
            "no se puede saber si alguien tiene abierto {1} (este sistema no tiene /proc/locks); no se cambió nada",
        "there is no backup at {1}; nothing was changed": "no hay ninguna copia de seguridad en {1}; no se cambió nada",
        "{1} cannot be read as a board ({2}); nothing was changed": "{1} no se puede leer como tablero ({2}); no se cambió nada",
        "{1} has a -wal beside it: it is a board in use or a copy of one, whose latest changes are in that log, not a backup; nothing was changed. Make a backup of it with `handoff backup`, which writes one whole file, and restore that":
            "{1} tiene un -wal al lado: es un tablero en uso o una copia de uno, cuyos últimos cambios están en ese registro, no una copia de seguridad; no se cambió nada. Haz una copia de seguridad con `handoff backup`, que escribe un único fichero completo, y restaura esa",
        "{1} is damaged ({2}); nothing was changed. Restore an older backup":
            "{1} está dañado ({2}); no se cambió nada. Restaura una copia de seguridad más antigua",
        "{1} is not a Handoff board (it is not an SQLite database file); nothing was changed":
            "{1} no es un tablero de Handoff (no es un fichero de base de datos SQLite); no se cambió nada",
        "{1} is not a Handoff board (no Handoff schema in it); nothing was changed":
            "{1} no es un tablero de Handoff (no tiene esquema de Handoff); no se cambió nada",
        "{1} is not a plain file, so it is no backup; nothing was changed":
            "{1} no es un fichero normal, así que no es una copia de seguridad; no se cambió nada",
        "{1} is open (a board on someone's screen, or a command running now); nothing was changed. Ask everyone to close it, then restore":
            "{1} está abierto (un tablero en la pantalla de alguien, o una orden en marcha); no se cambió nada. Pide a todos que lo cierren y luego restaura",
        "{1} is the board itself; nothing was changed. Name the backup file to put back":
            "{1} es el propio tablero; no se cambió nada. Indica el fichero de la copia que quieres restaurar",
        "{1} was written by a newer Handoff (schema {2}, this one knows {3}); nothing was changed":
            "{1} lo escribió un Handoff más nuevo (esquema {2}, este conoce el {3}); no se cambió nada",
        // HandoffStore/CSVFile.swift
        "cannot read {1}: {2}": "no se puede leer {1}: {2}",
        "{1} is not a file": "{1} no es un fichero",
        "error reading {1}: {2}": "error al leer {1}: {2}",
        "row {1} of {2}, from line {3}, is longer than {4} MB: a quote left open takes in the rest of the file. Nothing was imported":
            "la fila {1} de {2}, desde la línea {3}, ocupa más de {4} MB: unas comillas sin cerrar se tragan el resto del fichero. No se importó nada",
        "the header line of {1} is longer than {2} MB without ending: is it a CSV file? Nothing was imported":
            "la línea de cabecera de {1} ocupa más de {2} MB sin terminar: ¿es un fichero CSV? No se importó nada",
        // HandoffStore/DemoLoader.swift
        "demo data file {1} is missing": "falta el fichero de datos de la demo {1}",
        "demo data file {1}: {2}": "fichero de datos de la demo {1}: {2}",
        "{1}: bad time '{2}'": "{1}: hora incorrecta '{2}'",
        "every demo lead has a numeric id": "cada lead de la demo tiene un id numérico",
        "action_items.csv: meeting must be the row number of a meeting in meetings.csv":
            "action_items.csv: meeting debe ser el número de fila de una reunión en meetings.csv",
        "'{1}' is not a kind of content; kinds are {2}": "'{1}' no es un tipo de contenido; los tipos son {2}",
        "'{1}' is not a kind of insight; kinds are {2}": "'{1}' no es un tipo de insight; los tipos son {2}",
        "'{1}' is not a stage of content; stages are {2}": "'{1}' no es una etapa de contenido; las etapas son {2}",
        "'{1}' is not a lead's number": "'{1}' no es el número de un lead",
        "'{1}' is not an insight's number": "'{1}' no es el número de un insight",
        "an insight needs the number of its lead": "un insight necesita el número de su lead",
        "there is no lead {1} on this board": "no hay ningún lead {1} en este tablero",
        "a piece is published only after a sales member approves it in sales review, which a file cannot do: import it in sales_review":
            "una pieza se publica solo después de que alguien de ventas la apruebe en revisión de ventas, y un archivo no puede hacerlo: impórtala en sales_review",
        "content.csv: every piece has a numeric id, a kind and an owner":
            "content.csv: cada pieza tiene un id numérico, un tipo y un responsable",
        "content.csv: piece {1} has no created_at": "content.csv: la pieza {1} no tiene created_at",
        "content.csv: piece {1} links insight row {2}, which is not heard before the piece":
            "content.csv: la pieza {1} enlaza la fila {2} de insights, que no se oyó antes de la pieza",
        "content.csv: piece {1} is used before it is added": "content.csv: la pieza {1} se usa antes de crearla",
        "insights.csv row {1}: a lead heard before it was created, or an unknown kind":
            "insights.csv, fila {1}: un lead escuchado antes de crearse, o un tipo desconocido",
        "content_sends.csv: a send names a lead not created yet or no piece":
            "content_sends.csv: un envío nombra un lead aún no creado o ninguna pieza",
        // HandoffStore/HistoryCheck.swift
        "event {1} was changed outside Handoff: it no longer matches the hash it was written with (unless event {2} before it was changed and given a new hash)":
            "el evento {1} se cambió fuera de Handoff: ya no coincide con el hash con el que se escribió (salvo que el evento {2}, anterior, se cambiara y recibiera un hash nuevo)",
        "board event {1} was changed outside Handoff: it no longer matches the hash it was written with (unless board event {2} before it was changed and given a new hash)":
            "el evento del tablero {1} se cambió fuera de Handoff: ya no coincide con el hash con el que se escribió (salvo que el evento del tablero {2}, anterior, se cambiara y recibiera un hash nuevo)",
        "the hash of event {1} was changed outside Handoff (the event itself is as it was written)":
            "el hash del evento {1} se cambió fuera de Handoff (el evento en sí está como se escribió)",
        "the hash of board event {1} was changed outside Handoff (the board event itself is as it was written)":
            "el hash del evento del tablero {1} se cambió fuera de Handoff (el evento en sí está como se escribió)",
        "event {1} was inserted outside Handoff: the chain runs past it":
            "el evento {1} se insertó fuera de Handoff: la cadena pasa de largo",
        "board event {1} was inserted outside Handoff: the chain runs past it":
            "el evento del tablero {1} se insertó fuera de Handoff: la cadena pasa de largo",
        "event {1} has no hash: it was written outside Handoff, or its hash was erased":
            "el evento {1} no tiene hash: se escribió fuera de Handoff, o se borró su hash",
        "board event {1} has no hash: it was written outside Handoff, or its hash was erased":
            "el evento del tablero {1} no tiene hash: se escribió fuera de Handoff, o se borró su hash",
        "event {1} was removed: event {2} does not follow from the events before it":
            "se quitó el evento {1}: el evento {2} no se sigue de los eventos anteriores",
        "board event {1} was removed: board event {2} does not follow from the board events before it":
            "se quitó el evento del tablero {1}: el evento del tablero {2} no se sigue de los eventos del tablero anteriores",
        "events {1} to {2} were removed: event {3} does not follow from the events before them":
            "se quitaron los eventos {1} a {2}: el evento {3} no se sigue de los eventos anteriores",
        "board events {1} to {2} were removed: board event {3} does not follow from the board events before them":
            "se quitaron los eventos del tablero {1} a {2}: el evento del tablero {3} no se sigue de los eventos del tablero anteriores",
        "event {1}, the last one written, was removed: the chain's head still names it":
            "se quitó el evento {1}, el último escrito: la cabeza de la cadena aún lo nombra",
        "board event {1}, the last one written, was removed: the chain's head still names it":
            "se quitó el evento del tablero {1}, el último escrito: la cabeza de la cadena aún lo nombra",
        "events {1} to {2}, the last ones written, were removed: the chain's head still names event {3}":
            "se quitaron los eventos {1} a {2}, los últimos escritos: la cabeza de la cadena aún nombra el evento {3}",
        "board events {1} to {2}, the last ones written, were removed: the chain's head still names board event {3}":
            "se quitaron los eventos del tablero {1} a {2}, los últimos escritos: la cabeza de la cadena aún nombra el evento del tablero {3}",
        "event {1} was added outside Handoff: the chain's head names an earlier event":
            "el evento {1} se añadió fuera de Handoff: la cabeza de la cadena nombra un evento anterior",
        "board event {1} was added outside Handoff: the chain's head names an earlier board event":
            "el evento del tablero {1} se añadió fuera de Handoff: la cabeza de la cadena nombra un evento del tablero anterior",
        "events {1} to {2} were added outside Handoff: the chain's head names an earlier event":
            "los eventos {1} a {2} se añadieron fuera de Handoff: la cabeza de la cadena nombra un evento anterior",
        "board events {1} to {2} were added outside Handoff: the chain's head names an earlier board event":
            "los eventos del tablero {1} a {2} se añadieron fuera de Handoff: la cabeza de la cadena nombra un evento del tablero anterior",
        "the head of the events' chain was changed: it no longer holds the hash of event {1}":
            "la cabeza de la cadena de eventos se cambió: ya no guarda el hash del evento {1}",
        "the head of the board events' chain was changed: it no longer holds the hash of board event {1}":
            "la cabeza de la cadena de eventos del tablero se cambió: ya no guarda el hash del evento del tablero {1}",
        "the head of the events' chain is missing: it was deleted outside Handoff":
            "falta la cabeza de la cadena de eventos: se borró fuera de Handoff",
        "the head of the board events' chain is missing: it was deleted outside Handoff":
            "falta la cabeza de la cadena de eventos del tablero: se borró fuera de Handoff",
        "event {1} was changed outside Handoff: it no longer matches the hash it was written with":
            "el evento {1} se cambió fuera de Handoff: ya no coincide con el hash con el que se escribió",
        "board event {1} was changed outside Handoff: it no longer matches the hash it was written with":
            "el evento del tablero {1} se cambió fuera de Handoff: ya no coincide con el hash con el que se escribió",
        // HandoffStore/ImportRun.swift
        "{1} is empty: it has no header line": "{1} está vacío: no tiene línea de cabecera",
        // HandoffStore/LeadImport.swift
        "this board has no stages; add one to the stages table": "este tablero no tiene etapas; añade una a la tabla stages",
        "id {1} was given to the lead of row {2}, which had none": "el id {1} se dio al lead de la fila {2}, que no tenía",
        "the row has no name, first or last name, company or id to name the lead by":
            "la fila no tiene nombre, nombre de pila ni apellido, empresa ni id con que nombrar el lead",
        "owner '{1}' is not a member of this board, and only {2} may add members: ask one to add them (handoff member add {3} --name NAME --team sales), or pass --skip-unknown-owners to import such leads without an owner":
            "el responsable '{1}' no es miembro de este tablero, y solo {2} puede añadir miembros: pide a alguien que lo añada (handoff member add {3} --name NOMBRE --team sales), o usa --skip-unknown-owners para importar esos leads sin responsable",
        // HandoffStore/MemberImport.swift
        "a login is 1 to 64 letters, digits, '.', '_' or '-', not '{1}'":
            "un login tiene de 1 a 64 letras, cifras, '.', '_' o '-', no '{1}'",
        // HandoffStore/RejectsFile.swift
        "cannot write the rejects file {1}: the folder is missing or not writable":
            "no se puede escribir el fichero de rechazos {1}: la carpeta no existe o no se puede escribir",
        // HandoffStore/ScoreWriter.swift
        "the rescoring wrote {1} events for {2} changed scores; nothing was written. Please report this":
            "la nueva puntuación escribió {1} eventos para {2} puntuaciones cambiadas; no se escribió nada. Por favor, informa de ello",
        // HandoffStore/SQLiteConnection.swift
        "the board {1} is busy: other terminals kept it locked for more than {2} seconds; nothing was written, try again":
            "el tablero {1} está ocupado: otros terminales lo mantuvieron bloqueado más de {2} segundos; no se escribió nada, inténtalo de nuevo",
        "that refers to something this board does not have (a stage, campaign, member or lead); nothing was changed":
            "eso hace referencia a algo que este tablero no tiene (una etapa, campaña, miembro o lead); no se cambió nada",
        "that already exists on this board; nothing was changed": "eso ya existe en este tablero; no se cambió nada",
        "a required value is missing; nothing was changed": "falta un valor obligatorio; no se cambió nada",
        "a value is not one this board allows (a team is marketing, sales or admin; a side is marketing, handoff, sales or outcome); nothing was changed":
            "un valor no es de los que este tablero admite (un equipo es marketing, sales o admin; un lado es marketing, handoff, sales u outcome); no se cambió nada",
        "the board refused the change; nothing was changed": "el tablero rechazó el cambio; no se cambió nada",
        // HandoffStore/StaleLog.swift
        "{1}-wal holds changes that do not belong to {2}: the board was replaced after that log was written (a copy put back by hand?), and merging them would damage it; nothing was changed. Move the log aside, then open the board again: mv {3}-wal {4}-wal.stale && rm -f {5}-shm. Put boards back with `handoff restore BACKUP`, which does this itself":
            "{1}-wal guarda cambios que no son de {2}: el tablero se sustituyó después de escribirse ese registro (¿una copia devuelta a mano?), y mezclarlos lo dañaría; no se cambió nada. Aparta el registro y vuelve a abrir el tablero: mv {3}-wal {4}-wal.stale && rm -f {5}-shm. Devuelve tableros con `handoff restore COPIA`, que lo hace por sí mismo",
        // HandoffStore/StorageProblem.swift
        "{1} is not a Handoff board: it is not an SQLite database file; nothing was changed. Check --db":
            "{1} no es un tablero de Handoff: no es un fichero de base de datos SQLite; no se cambió nada. Revisa --db",
        "{1} is damaged ({2}); run `handoff check --db {3}` for details and restore it from a backup":
            "{1} está dañado ({2}); ejecuta `handoff check --db {3}` para ver los detalles y restáuralo desde una copia de seguridad",
        "unexpected database error on {1}; nothing was written. Please report it with these details: {2} (code {3})":
            "error inesperado de la base de datos en {1}; no se escribió nada. Notifícalo con estos detalles: {2} (código {3})",
        "{1} is on a read-only file system, so it cannot be written (nor read: SQLite keeps {2}-shm beside it); copy the file to a writable disk":
            "{1} está en un sistema de ficheros de solo lectura, así que no se puede escribir (ni leer: SQLite guarda {2}-shm a su lado); copia el fichero a un disco con escritura",
        "cannot open {1}: the folder {2} does not exist": "no se puede abrir {1}: la carpeta {2} no existe",
        "cannot open {1}: you have no permission to enter the folder {2}":
            "no se puede abrir {1}: no tienes permiso para entrar en la carpeta {2}",
        "{1} is a folder, not a board; give --db a file name": "{1} es una carpeta, no un tablero; da a --db un nombre de fichero",
        "cannot read {1}: you have no permission to read it; ask its owner to share it (chmod g+r)":
            "no se puede leer {1}: no tienes permiso para leerlo; pide a su propietario que lo comparta (chmod g+r)",
        "cannot open {1}: SQLite must create {2}-wal and {3}-shm next to it, even to read, and the folder {4} is not writable for you; make the folder writable (chmod u+w, or g+w for a team) or move the board":
            "no se puede abrir {1}: SQLite debe crear {2}-wal y {3}-shm a su lado, incluso para leer, y no puedes escribir en la carpeta {4}; haz que se pueda escribir en ella (chmod u+w, o g+w para un equipo) o mueve el tablero",
        "{1} is read-only for you, so nothing was changed; ask its owner for write access (chmod g+w), or look with --read-only":
            "{1} es de solo lectura para ti, así que no se cambió nada; pide a su propietario acceso de escritura (chmod g+w), o míralo con --read-only",
        "cannot use {1}, which belongs to the board: you have no permission to read and write it; ask its owner (chmod g+rw)":
            "no se puede usar {1}, que pertenece al tablero: no tienes permiso para leerlo y escribirlo; pídeselo a su propietario (chmod g+rw)",
        "cannot create {1}: the folder {2} is not writable for you": "no se puede crear {1}: no puedes escribir en la carpeta {2}",
        "the board {1} cannot be written ({2}); check the permissions of the file and its folder":
            "no se puede escribir el tablero {1} ({2}); revisa los permisos del fichero y de su carpeta",
        "could not read or write {1} ({2}); if this persists the disk may be failing: run `handoff check`":
            "no se pudo leer ni escribir {1} ({2}); si sigue pasando, el disco puede estar fallando: ejecuta `handoff check`",
        "cannot open {1} ({2})": "no se puede abrir {1} ({2})",
        "{1} has reached the largest file this process may write (ulimit -f); nothing was written":
            "{1} alcanzó el tamaño máximo de fichero que este proceso puede escribir (ulimit -f); no se escribió nada",
        "your disk quota is used up, so {1} cannot grow; nothing was written. Free some space":
            "tu cuota de disco está agotada, así que {1} no puede crecer; no se escribió nada. Libera espacio",
        "the disk holding {1} is full{2}; nothing was written. Free some space and try again":
            "el disco que contiene {1} está lleno{2}; no se escribió nada. Libera espacio e inténtalo de nuevo",
        // HandoffStore/Store+Apply.swift
        "a bulk action takes lead commands only (accept, reject, move, ...)":
            "una acción en bloque solo admite órdenes sobre leads (aceptar, rechazar, mover, ...)",
        "nothing selected; nothing was changed": "no hay nada seleccionado; no se cambió nada",
        // HandoffStore/Store+Backup.swift
        "{1} is a folder; give the backup a file name": "{1} es una carpeta; da a la copia de seguridad un nombre de fichero",
        "{1} is the board itself; back it up to another file": "{1} es el propio tablero; haz la copia en otro fichero",
        "{1} already exists; nothing was written. Pass --force to replace it":
            "{1} ya existe; no se escribió nada. Usa --force para reemplazarlo",
        "the copy written for {1} failed its integrity check ({2}); nothing was kept":
            "la copia escrita para {1} no superó la comprobación de integridad ({2}); no se guardó nada",
        // HandoffStore/Store+Calibration.swift
        "there is no scoring version {1}; handoff scoring history lists them":
            "no existe la versión de puntuación {1}; handoff scoring history las lista",
        "no scoring definition yet; load one with `handoff scoring load FILE`":
            "aún no hay definición de puntuación; carga una con `handoff scoring load FICHERO`",
        // HandoffStore/Store+Commit.swift
        "now in {1}, owner {2}": "ahora en {1}, responsable {2}",
        "now in {1}": "ahora en {1}",
        // HandoffStore/Store+Generate.swift
        "this board is open read-only; nothing was generated": "este tablero está abierto en solo lectura; no se generó nada",
        "{1} already has {2} leads; generate into a new board (--db NEW.db)":
            "{1} ya tiene {2} leads; genera en un tablero nuevo (--db NUEVO.db)",
        "{1} already has 1 lead; generate into a new board (--db NEW.db)":
            "{1} ya tiene 1 lead; genera en un tablero nuevo (--db NUEVO.db)",
        "the generator stopped early; nothing was written": "el generador se detuvo antes de tiempo; no se escribió nada",
        // HandoffStore/Store+Identity.swift
        "--as {1}: no member has that login; `handoff member list` shows who is on this board":
            "--as {1}: ningún miembro tiene ese login; `handoff member list` muestra quién está en este tablero",
        "--as {1}: {2} is not a member of this board, and only {3} may act as another member. {4}":
            "--as {1}: {2} no es miembro de este tablero, y solo {3} puede actuar como otro miembro. {4}",
        "--as {1}: {2}": "--as {1}: {2}",
        // HandoffStore/Store+Import.swift
        "this board is open read-only; nothing was imported": "este tablero está abierto en solo lectura; no se importó nada",
        // HandoffStore/Store+Inbox.swift
        "'{1}' is not a member of this board; sales reps: {2}": "'{1}' no es miembro de este tablero; comerciales: {2}",
        "reason 'other' needs a comment saying why": "el motivo 'other' necesita un comentario que diga por qué",
        // HandoffStore/Store+LeadForm.swift
        "nothing changed; nothing was saved": "no cambió nada; no se guardó nada",
        // HandoffStore/Store+Meeting.swift
        "an action item needs a description; nothing was saved": "una tarea necesita una descripción; no se guardó nada",
        "an action item has at most 500 characters (this one has {1})": "una tarea tiene como máximo 500 caracteres (esta tiene {1})",
        "'{1}' is not a member of this board; members: {2}": "'{1}' no es miembro de este tablero; miembros: {2}",
        "{1} has passed; an action item is due in the future": "{1} ya pasó; una tarea vence en el futuro",
        "there is no action item {1}; `handoff meeting actions` lists them with their numbers":
            "no hay ninguna tarea {1}; `handoff meeting actions` las lista con sus números",
        "action item {1} is already {2}; nothing was changed": "la tarea {1} ya está {2}; no se cambió nada",
        "done since {1}": "hecha desde el {1}",
        // HandoffStore/Store+MeetingRecords.swift, Store+MeetingMinutes.swift
        "a decision needs its text; nothing was saved": "una decisión necesita su texto; no se guardó nada",
        "a note needs its text; nothing was saved": "una nota necesita su texto; no se guardó nada",
        "a decision or note has at most 1,000 characters (this one has {1})":
            "una decisión o nota tiene como máximo 1000 caracteres (esta tiene {1})",
        "there is no decision or note {1} in the running meeting; nothing was changed":
            "no hay ninguna decisión o nota {1} en la reunión en curso; no se cambió nada",
        "action item {1} already reads so; nothing was changed": "la tarea {1} ya dice eso; no se cambió nada",
        // HandoffStore/Store+Members.swift
        "a login is 1 to 64 letters, digits, '.', '_' or '-' (like the system account), not '{1}'":
            "un login tiene de 1 a 64 letras, cifras, '.', '_' o '-' (como la cuenta del sistema), no '{1}'",
        "--name: a member needs a display name (at most 200 characters)":
            "--name: un miembro necesita un nombre visible (como máximo 200 caracteres)",
        "--team must be {1}, not '{2}'": "--team debe ser {1}, no '{2}'",
        "{1} is the board's only admin; add another admin first, so someone can still manage members":
            "{1} es el único admin del tablero; añade antes otro admin, para que alguien pueda seguir gestionando los miembros",
        "the first member of a board must be an admin, so someone can add the others: handoff member add {1} --name NAME --team admin":
            "el primer miembro de un tablero debe ser un admin, para que alguien pueda añadir a los demás: handoff member add {1} --name NOMBRE --team admin",
        "{1} is the board's only admin; add another admin first, so someone can still manage members. Nothing was changed.":
            "{1} es el único admin del tablero; añade antes otro admin, para que alguien pueda seguir gestionando los miembros. No se cambió nada.",
        // HandoffStore/Store+Move.swift
        "a handed-off lead goes back to marketing only with a reason: reject it (x, or handoff reject {1} --reason CODE)":
            "un lead traspasado vuelve a marketing solo con un motivo: recházalo (x, o handoff reject {1} --reason CÓDIGO)",
        "a deal is won with its amount: w on the board, or handoff won {1} --amount N":
            "una oportunidad se gana con su importe: w en el tablero, o handoff won {1} --amount N",
        "a lead is lost with a reason: o on the board, or handoff lost {1} --reason CODE":
            "un lead se pierde con un motivo: o en el tablero, o handoff lost {1} --reason CÓDIGO",
        // HandoffStore/Store+Notes.swift
        "a note needs some text; nothing was saved": "una nota necesita algo de texto; no se guardó nada",
        "a note has at most 4000 characters (this one has {1})": "una nota tiene como máximo 4000 caracteres (esta tiene {1})",
        // HandoffStore/Store+Outcome.swift
        "the amount must be a positive number, not {1}": "el importe debe ser un número positivo, no {1}",
        // HandoffStore/Store+Permissions.swift
        "this board is open read-only; nothing was changed": "este tablero está abierto en solo lectura; no se cambió nada",
        // HandoffStore/Store+Scoring.swift
        "scoring version {1} in {2} cannot be read ({3}); it was changed outside Handoff: load a definition again":
            "la versión de puntuación {1} en {2} no se puede leer ({3}); se cambió fuera de Handoff: carga una definición de nuevo",
        // HandoffStore/Store+ServiceLevels.swift
        "service level of {1}: hours must be more than 0 and at most 10000, not {2}":
            "nivel de servicio de {1}: las horas deben ser más de 0 y como máximo 10000, no {2}",
        // HandoffStore/Store+Undo.swift
        "nothing to undo: {1} has no change left that can be undone (notes and new leads stay)":
            "nada que deshacer: a {1} no le queda ningún cambio que se pueda deshacer (las notas y los leads nuevos se quedan)",
        "nothing to redo: {1} has undone nothing since their last change":
            "nada que rehacer: {1} no ha deshecho nada desde su último cambio",
        "nothing to undo": "nada que deshacer",
        // HandoffStore/Store.swift
        "no board at {1}; create it with `handoff init --db {2}`": "no hay ningún tablero en {1}; créalo con `handoff init --db {2}`",
        "{1} was written by a newer Handoff (schema {2}, this one knows {3}); nothing was changed. Upgrade Handoff to open it":
            "{1} lo escribió un Handoff más nuevo (esquema {2}, este conoce el {3}); no se cambió nada. Actualiza Handoff para abrirlo",
        "{1} is an SQLite database of another program (tables {2}), not a Handoff board; nothing was changed. Check --db":
            "{1} es una base de datos SQLite de otro programa (tablas {2}), no un tablero de Handoff; no se cambió nada. Revisa --db",
        "{1} needs an upgrade that a read-only session cannot make; open it once without --read-only":
            "{1} necesita una actualización que una sesión de solo lectura no puede hacer; ábrelo una vez sin --read-only",
        // HandoffTUI/AppRuntime.swift
        "lead {1} is in {2}, which is not on the board": "el lead {1} está en {2}, que no está en el tablero",
        // HandoffTUI/NcursesTerminal.swift
        "the board needs a terminal: run it in a terminal window, or use `handoff snapshot` for text output":
            "el tablero necesita un terminal: ejecútalo en una ventana de terminal, o usa `handoff snapshot` para obtener texto",
        "TERM is not set, so the terminal type is unknown; set it (for example TERM=xterm-256color)":
            "TERM no está definida, así que el tipo de terminal es desconocido; defínela (por ejemplo TERM=xterm-256color)",
        "cannot open the terminal for writing": "no se puede abrir el terminal para escribir",
        "the terminal type '{1}' is unknown to this system's terminfo; try TERM=xterm-256color":
            "el terminfo de este sistema no conoce el tipo de terminal '{1}'; prueba TERM=xterm-256color",
        "curses could not create the screen": "curses no pudo crear la pantalla",
        // handoff/AcceptCommand.swift
        "Accept a handed-off lead for sales (same checks and event as `a`).":
            "Acepta un lead traspasado para ventas (las mismas comprobaciones y el mismo evento que `a`).",
        "the rep who takes it (default: you, see --as)": "el comercial que se lo queda (por defecto: tú, mira --as)",
        "Accepted {1}: owner {2}, now in {3}": "Aceptado {1}: responsable {2}, ahora en {3}",
        "{1}; answered after {2} of working time, within the service level":
            "{1}; respondido tras {2} de tiempo laborable, dentro del nivel de servicio",
        "{1}; answered after {2} of working time, past the service level":
            "{1}; respondido tras {2} de tiempo laborable, fuera del nivel de servicio",
        // handoff/BackupCommand.swift
        "Copy the board to FILE, consistently, even while others are writing.":
            "Copia el tablero a FICHERO, de forma coherente, aunque otros estén escribiendo.",
        "replace FILE if it exists": "reemplaza FICHERO si existe",
        "The copy is the board at one moment (SQLite's VACUUM INTO; from a server, one snapshot copied into a\nboard file), checked for integrity, and only then renamed to FILE, so FILE is never half written. It is\nreadable by you only (mode 0600); open it with `handoff --db FILE`, or put it back on a server with\n`handoff copy --db FILE --to postgresql://...`.":
            "La copia es el tablero en un instante (VACUUM INTO de SQLite; desde un servidor, una instantánea copiada en un\nfichero de tablero), comprobada, y solo entonces renombrada a FICHERO, así que FICHERO nunca queda a medias. Solo\ntú puedes leerla (modo 0600); ábrela con `handoff --db FICHERO`, o devuélvela a un servidor con\n`handoff copy --db FICHERO --to postgresql://...`.",
        "Backing up {1} MB from {2} to {3}...": "Copiando {1} MB de {2} a {3}...",
        "Backed up {1} and {2} to {3} ({4} KB); integrity: ok": "Copiados {1} y {2} a {3} ({4} KB); integridad: correcta",
        "1 event": "1 evento",
        "{1} events": "{1} eventos",
        // handoff/BoardCommand.swift
        "Open the pipeline board in the terminal (the default command).":
            "Abre el tablero del embudo en el terminal (la orden por defecto).",
        "The database is --db, else $HANDOFF_DB, else $XDG_DATA_HOME/handoff/board.db\n(~/.local/share/handoff/board.db). A missing file is created with the default pipeline.":
            "La base de datos es --db, si no $HANDOFF_DB, si no $XDG_DATA_HOME/handoff/board.db\n(~/.local/share/handoff/board.db). Si el fichero no existe se crea con el embudo por defecto.",
        // handoff/CheckCommand.swift
        "Checked {1}: {2}, {3}": "Comprobado {1}: {2}, {3}",
        "Checked {1}": "Comprobado {1}",
        "ok    ": "bien  ",
        "FAIL  ": "FALLO ",
        "      (only the first {1} are listed)": "      (solo se listan los primeros {1})",
        "All checks passed.": "Todas las comprobaciones son correctas.",
        "handoff: 1 check failed on {1}. {2}": "handoff: 1 comprobación falló en {1}. {2}",
        "handoff: {1} checks failed on {2}. {3}": "handoff: {1} comprobaciones fallaron en {2}. {3}",
        "Check the board file for damage, broken rules and a rewritten history (exit 1 if any).":
            "Comprueba si el fichero del tablero tiene daños, reglas rotas o un historial reescrito (sale con 1 si los hay).",
        "print only the history's head (after every check passes): keep it, to prove later that nothing up to it changed":
            "imprime solo la cabeza del historial (si todas las comprobaciones pasan): guárdala para demostrar más adelante que nada hasta ella cambió",
        "also check that the history up to HEAD (printed earlier by --print-head) is unchanged":
            "comprueba además que el historial hasta CABEZA (impresa antes con --print-head) no ha cambiado",
        "Runs SQLite's integrity check and checks that references between rows hold, every lead is in a\nknown stage, the column totals equal the leads, every lead has its created event, and every lead\nis in the stage its latest stage event names. Then it follows the hash chain of the events and of\nthe board events from the first one, and names the first entry changed, removed or inserted outside\nHandoff. Someone who can write the file can still rewrite the whole history and every hash after\nit: a head printed before (it is in every meeting report) proves the history up to it unchanged.\nReads only; safe while others use the board.":
            "Ejecuta la comprobación de integridad de SQLite y comprueba que las referencias entre filas se cumplen, que cada lead\nestá en una etapa conocida, que los totales de las columnas coinciden con los leads, que cada lead tiene su evento de\ncreación y que cada lead está en la etapa que indica su último evento de etapa. Después sigue la cadena de hashes de los\neventos y de los eventos del tablero desde el primero, y nombra la primera entrada cambiada, quitada o insertada fuera de\nHandoff. Quien puede escribir el fichero aún puede reescribir todo el historial y cada hash posterior: una cabeza impresa\nantes (está en cada informe de reunión) demuestra que el historial hasta ella no cambió.\nSolo lee; es seguro mientras otros usan el tablero.",
        "handoff: {1} failed its checks, so its head was not printed: a head vouches for a history that holds. Nothing was changed.":
            "handoff: {1} no pasó sus comprobaciones, así que no se imprimió su cabeza: una cabeza avala un historial que se sostiene. No se cambió nada.",
        "History head: {1}": "Cabeza del historial: {1}",
        "Keep the file as it is and restore the last good copy from a backup (`handoff restore BACKUP`); `sqlite3 {1} .recover` may save what a damaged file still holds.":
            "Deja el fichero como está y restaura la última copia buena desde una copia de seguridad (`handoff restore COPIA`); `sqlite3 {1} .recover` puede salvar lo que aún contiene un fichero dañado.",
        // handoff/CommandContext+Leads.swift
        "LEAD must be a lead id (a whole number), not '{1}'": "LEAD debe ser un id de lead (un número entero), no '{1}'",
        "lead {1} ({2})": "lead {1} ({2})",
        // handoff/CommandContext.swift
        "{1} must be a whole number from {2} to {3}, not '{4}'": "{1} debe ser un número entero de {2} a {3}, no '{4}'",
        // handoff/DemoCommand.swift
        "Create (or reset) a demo board from sample-data/ and open it.":
            "Crea (o restablece) un tablero de demostración a partir de sample-data/ y lo abre.",
        "replace an existing demo database without asking": "reemplaza sin preguntar una base de datos de demo que ya exista",
        "create the demo database and exit": "crea la base de datos de demo y sale",
        "Default demo database: $XDG_DATA_HOME/handoff/demo.db. Times in the demo are shifted so the\nnewest event is an hour old.":
            "Base de datos de demo por defecto: $XDG_DATA_HOME/handoff/demo.db. Las horas de la demo se desplazan para que\nel evento más reciente tenga una hora.",
        "cannot find the demo data (sample-data/leads.csv); run from the Handoff checkout or set HANDOFF_SAMPLE_DATA":
            "no se encuentran los datos de la demo (sample-data/leads.csv); ejecútalo desde el código de Handoff o define HANDOFF_SAMPLE_DATA",
        "a demo database already exists at {1}; pass --reset to replace it":
            "ya existe una base de datos de demo en {1}; usa --reset para reemplazarla",
        "A demo database exists at {1}. Reset it to the original demo data? [y/N] ":
            "Existe una base de datos de demo en {1}. ¿Restablecerla a los datos originales de la demo? [s/N] ",
        "Demo board with {1} leads at {2}": "Tablero de demo con {1} leads en {2}",
        "You are not on the demo team, so the demo opens as {1} ({2}, admin). Try each role with --as: lucia (marketing), ana (sales), elena (admin).":
            "No estás en el equipo de la demo, así que la demo se abre como {1} ({2}, admin). Prueba cada papel con --as: lucia (marketing), ana (ventas), elena (admin).",
        // handoff/ExportCommand.swift
        "Write leads, events, campaigns or the KPIs over time as CSV or JSON (to stdout or --out FILE).":
            "Escribe leads, eventos, campañas o los KPI a lo largo del tiempo como CSV o JSON (en la salida estándar o en --out FICHERO).",
        "leads (default), events, campaigns, accounts (the customers), insights, content, or kpi: every dashboard figure, one row a period":
            "leads (por defecto), events, campaigns, accounts (los clientes), insights, content, o kpi: cada cifra del panel, una fila por periodo",
        "csv (default), json (kpi only) or jsonl: one JSON object a line":
            "csv (por defecto), json (solo kpi) o jsonl: un objeto JSON por línea",
        "kpi: a row per week (default, Monday to Sunday UTC) or month":
            "kpi: una fila por semana (por defecto, de lunes a domingo UTC) o por mes",
        "--format must be csv, json or jsonl, not '{1}'": "--format debe ser csv, json o jsonl, no '{1}'",
        "--format json is for --kind kpi; the other kinds are written as csv or jsonl (one object a line)":
            "--format json es para --kind kpi; los demás tipos se escriben como csv o jsonl (un objeto por línea)",
        "--period is for --kind kpi": "--period es para --kind kpi",
        "--period must be week or month for --kind kpi, not '{1}'": "--period debe ser week o month para --kind kpi, no '{1}'",
        "write to FILE (replaced only once the export is complete)":
            "escribe en FICHERO (se reemplaza solo cuando la exportación está completa)",
        "Leads: id, name, company, email, phone, source, campaign, owner, stage, value, score, created, entered, closed,\nlost_reason, then one attr.NAME column per attribute. Times are ISO 8601 UTC; amounts have no separators.\n`handoff import` reads a leads export back to the same leads (export, import, export gives the same file).\nA cell that begins with =, +, -, @, a tab or a carriage return is written with a leading ' so that a\nspreadsheet shows it as text instead of running it as a formula; `handoff import` takes that ' off again.\n--raw writes such cells as they are. On a terminal, control characters in the data are shown as visible\nsymbols; files and pipes get the data exactly.\nKPI: period_start and period_end (not included), then each figure under its `handoff kpi --json` key, as\nnumbers (rates as fractions, money in the board currency, empty or null where a figure is not defined), from\nthe week or month of the first lead to this one: ready for Power BI, Looker Studio or a spreadsheet.":
            "Leads: id, name, company, email, phone, source, campaign, owner, stage, value, score, created, entered, closed,\nlost_reason, y una columna attr.NOMBRE por atributo. Las horas son ISO 8601 UTC; los importes no llevan separadores.\n`handoff import` vuelve a leer una exportación de leads como los mismos leads (exportar, importar, exportar da el mismo fichero).\nUna celda que empieza por =, +, -, @, un tabulador o un retorno de carro se escribe con un ' delante para que una\nhoja de cálculo la muestre como texto en vez de ejecutarla como fórmula; `handoff import` vuelve a quitar ese '.\n--raw escribe esas celdas tal cual. En un terminal, los caracteres de control de los datos se muestran como símbolos visibles; ficheros y tuberías reciben los datos tal cual.\nKPI: period_start y period_end (sin incluir), luego cada cifra con su clave de `handoff kpi --json`, como\nnúmeros (tasas como fracciones, dinero en la moneda del tablero, vacío o null donde una cifra no está definida), desde\nla semana o el mes del primer lead hasta el actual: lista para Power BI, Looker Studio o una hoja de cálculo.",
        "cannot write {1}: the folder is missing or not writable": "no se puede escribir {1}: la carpeta no existe o no se puede escribir",
        "cannot write {1}: {2}": "no se puede escribir {1}: {2}",
        "Exported {1} {2} to {3}": "Exportados {1} {2} a {3}",
        "write cells that begin with = + - @ as they are, without the ' that keeps spreadsheets from running them":
            "escribe tal cual las celdas que empiezan por = + - @, sin el ' que impide que las hojas de cálculo las ejecuten",
        // handoff/FeedbackCommand.swift
        "Acceptance rate and rejection reasons by source or campaign over a period.":
            "Tasa de aceptación y motivos de rechazo por origen o campaña en un periodo.",
        "source (default) or campaign": "source (por defecto) o campaign",
        "the last N days (default 30)": "los últimos N días (por defecto 30)",
        "print JSON instead of a table": "imprime JSON en lugar de una tabla",
        "Acceptance rate = accepted / (accepted + rejected) answers to handoffs in the period; undone answers do not count.":
            "Tasa de aceptación = respuestas a traspasos aceptadas / (aceptadas + rechazadas) en el periodo; las respuestas deshechas no cuentan.",
        "--by must be source or campaign, not '{1}'": "--by debe ser source o campaign, no '{1}'",
        "Answers to handoffs by {1}, {2} ({3} to {4})": "Respuestas a traspasos por {1}, {2} ({3} a {4})",
        "the last day": "el último día",
        "last {1} days": "últimos {1} días",
        "No handoff was accepted or rejected in this period.": "En este periodo no se aceptó ni se rechazó ningún traspaso.",
        "REJECTED": "RECHAZ.",
        "RATE": "TASA",
        "REJECTION REASONS": "MOTIVOS DE RECHAZO",
        // handoff/GenerateCommand.swift
        "Fill an empty board with a synthetic year of leads, campaigns, team and history.":
            "Llena un tablero vacío con un año sintético de leads, campañas, equipo e historial.",
        "how many leads (1 to 50,000,000)": "cuántos leads (de 1 a 50.000.000)",
        "the random seed (default 1): the same seed gives the same board":
            "la semilla aleatoria (por defecto 1): la misma semilla da el mismo tablero",
        "the last day of the year of data, YYYY-MM-DD (default: today, UTC)":
            "el último día del año de datos, DD/MM/AAAA o AAAA-MM-DD (por defecto: hoy, UTC)",
        "The team is the demo's (marketing: lucia, inigo, sarah, nuria; sales: tom, javier, begona, james, ana; admin:\nelena, root). Leads arrive faster through the year, from web, paid search, LinkedIn, content, referrals, events,\nwebinars and email, with Spanish and English names; about a third are handed off, most handoffs are answered\nwithin the 24-working-hour service level, and accepted leads move through the sales stages to won or lost.\nEvery lead has its history in the event log. The same --seed, --leads and --until give the same board.":
            "El equipo es el de la demo (marketing: lucia, inigo, sarah, nuria; ventas: tom, javier, begona, james, ana; admin:\nelena, root). Los leads llegan cada vez más deprisa a lo largo del año, desde la web, búsqueda de pago, LinkedIn, contenidos,\nrecomendaciones, eventos, webinars y email, con nombres españoles e ingleses; alrededor de un tercio se traspasa, la mayoría\nde los traspasos se responde dentro del nivel de servicio de 24 horas laborables, y los leads aceptados avanzan por las etapas\nde ventas hasta ganarse o perderse. Cada lead tiene su historial en el registro de eventos. Los mismos --seed, --leads y\n--until dan el mismo tablero.",
        "--seed must be a whole number from 0 to {1}, not '{2}'": "--seed debe ser un número entero de 0 a {1}, no '{2}'",
        "--until must be a date, YYYY-MM-DD, not '{1}'": "--until debe ser una fecha, DD/MM/AAAA o AAAA-MM-DD, no '{1}'",
        "{1} of {2} leads, {3} leads/s": "{1} de {2} leads, {3} leads/s",
        "Generated {1}, {2}, {3} and {4} in {5} s at {6}": "Generados {1}, {2}, {3} y {4} en {5} s en {6}",
        "1 handoff answer": "1 respuesta a un traspaso",
        "{1} handoff answers": "{1} respuestas a traspasos",
        "  by stage: {1}": "  por etapa: {1}",
        // handoff/ImportCommand.swift
        "Columns:": "Columnas:",
        "The rejected rows are in {1}.": "Las filas rechazadas están en {1}.",
        // handoff/InboxCommand.swift
        "List handed-off leads waiting for an answer, with their SLA clocks.":
            "Lista los leads traspasados que esperan respuesta, con sus relojes de SLA.",
        "all (default), mine, unassigned or overdue": "all (por defecto), mine, unassigned u overdue",
        "at most N leads (default 100)": "como máximo N leads (por defecto 100)",
        "print a JSON array instead of a table": "imprime un array JSON en lugar de una tabla",
        "Clocks count working hours of the owner's team (table service_levels; default 24 h, Mon-Fri 09:00-17:00 UTC).\nIn JSON, sla_seconds_left is negative once a lead is overdue; times are ISO 8601 UTC.":
            "Los relojes cuentan horas laborables del equipo del responsable (tabla service_levels; por defecto 24 h, lun-vie 09:00-17:00 UTC).\nEn JSON, sla_seconds_left es negativo cuando un lead está vencido; las horas son ISO 8601 UTC.",
        "unknown filter '{1}'; filters: {2}": "filtro desconocido '{1}'; filtros: {2}",
        "The inbox is empty: every handoff has an answer.": "La bandeja está vacía: cada traspaso tiene respuesta.",
        "No lead waiting is yours.": "Ningún lead en espera es tuyo.",
        "No lead waiting is unassigned.": "Ningún lead en espera está sin asignar.",
        "No lead waiting is overdue.": "Ningún lead en espera está vencido.",
        "ID": "ID",
        "SLA": "SLA",
        "NAME": "NOMBRE",
        "COMPANY": "EMPRESA",
        "SOURCE / CAMPAIGN": "ORIGEN / CAMPAÑA",
        "SCORE": "PUNT.",
        "HANDED OFF": "TRASPASADO",
        "OWNER": "RESP.",
        // handoff/InitCommand.swift
        "Create an empty board with the default pipeline, then exit.": "Crea un tablero vacío con el embudo por defecto y sale.",
        "share the board with this group (mode 0660) instead of keeping it private (0600)":
            "comparte el tablero con este grupo (modo 0660) en lugar de mantenerlo privado (0600)",
        "A new board is readable by its owner only (mode 0600). With --shared-group, the board and the files SQLite\nkeeps beside it (-wal, -shm) get mode 0660 and that group, so every member of the group can open it; a\nmissing folder is created group-owned and setgid (2770). On an existing board you own, --shared-group\nshares it.":
            "Un tablero nuevo solo lo puede leer su propietario (modo 0600). Con --shared-group, el tablero y los ficheros que SQLite\nguarda a su lado (-wal, -shm) reciben el modo 0660 y ese grupo, así que cada miembro del grupo puede abrirlo; una\ncarpeta que no existe se crea del grupo y con setgid (2770). En un tablero existente que es tuyo, --shared-group\nlo comparte.",
        "A board already exists at {1} ({2}); nothing changed.": "Ya existe un tablero en {1} ({2}); no cambió nada.",
        "A board already exists at {1} ({2}); it is now shared with the group {3}.":
            "Ya existe un tablero en {1} ({2}); ahora se comparte con el grupo {3}.",
        "Created an empty board at {1} (mode 0600: only you can open it).":
            "Creado un tablero vacío en {1} (modo 0600: solo tú puedes abrirlo).",
        "Created an empty board at {1} (mode 0660, group {2}).": "Creado un tablero vacío en {1} (modo 0660, grupo {2}).",
        "Next: `handoff import FILE --db {1}`, or try `handoff demo`. Add your team with `handoff member add LOGIN --name NAME --team admin` (first an admin).":
            "Siguiente: `handoff import FICHERO --db {1}`, o prueba `handoff demo`. Añade a tu equipo con `handoff member add LOGIN --name NOMBRE --team admin` (primero un admin).",
        "warning: {1}": "aviso: {1}",
        // handoff/KPICommand.swift
        "Print every KPI of the dashboard for a period (all time by default).":
            "Imprime todos los KPIs del panel para un periodo (todo el histórico por defecto).",
        "first day of the period, YYYY-MM-DD (UTC)": "primer día del periodo, DD/MM/AAAA o AAAA-MM-DD (UTC)",
        "the day after the period (not included), YYYY-MM-DD": "el día siguiente al periodo (no incluido), DD/MM/AAAA o AAAA-MM-DD",
        "a preset instead: {1}, or Nd / Nw for the last N days or weeks":
            "en su lugar, uno predefinido: {1}, o Nd / Nw para los últimos N días o semanas",
        "print a JSON object (rates as fractions, null when not defined)":
            "imprime un objeto JSON (tasas como fracciones, null cuando no están definidas)",
        "Periods are whole UTC days: --from included, --to not (--from 2026-10-01 --to 2026-11-01 is October).\nA period is compared with the one just before it, of the same length.\n\nFormulas:\n{1}":
            "Los periodos son días UTC enteros: --from incluido, --to no (--from 2026-10-01 --to 2026-11-01 es octubre).\nUn periodo se compara con el inmediatamente anterior, de la misma duración.\n\nFórmulas:\n{1}",
        // handoff/LogCommand.swift
        "Print the event log: who did what to which lead (or to the board), and when.":
            "Imprime el registro de eventos: quién hizo qué a qué lead (o al tablero), y cuándo.",
        "only this lead's history": "solo el historial de este lead",
        "only events from DATE on: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC), or Nd / Nw for the last N days or weeks":
            "solo los eventos desde FECHA: DD/MM/AAAA, DD/MM/AAAA HH:MM, AAAA-MM-DD, AAAA-MM-DD HH:MM (UTC), o Nd / Nw para los últimos N días o semanas",
        "only this member's changes": "solo los cambios de este miembro",
        "the latest N matching events (default 200)": "los últimos N eventos que coinciden (por defecto 200)",
        "Events are printed oldest first. Times are UTC. Kinds: created, moved, handed_off, accepted, rejected, won, lost,\nnote, edited, undone. Without --lead, changes to the board itself are in too: stage_renamed, stage_changed,\nmember_added, member_changed, member_removed, action_added, action_done, action_reopened, item_discussed,\nitem_not_discussed, meeting_closed. An actor shown as `ana (by root)` is root acting with --as ana.":
            "Los eventos se imprimen del más antiguo al más reciente. Las horas son UTC. Tipos: created, moved, handed_off, accepted,\nrejected, won, lost, note, edited, undone. Sin --lead, también salen los cambios del propio tablero: stage_renamed,\nstage_changed, member_added, member_changed, member_removed, action_added, action_done, action_reopened, item_discussed,\nitem_not_discussed, meeting_closed. Un actor mostrado como `ana (by root)` es root actuando con --as ana.",
        "--lead must be a lead id (a whole number), not '{1}'": "--lead debe ser un id de lead (un número entero), no '{1}'",
        "No events match.": "Ningún evento coincide.",
        "(the latest {1} of {2} events; --limit shows more, --since or --lead fewer)":
            "(los últimos {1} de {2} eventos; --limit muestra más, --since o --lead menos)",
        "(the latest of {1} events; --limit shows more, --since or --lead fewer)":
            "(el último de {1} eventos; --limit muestra más, --since o --lead menos)",
        "--since: '{1}' is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or Nd / Nw (the last N days or weeks)":
            "--since: '{1}' no es una fecha; escribe DD/MM/AAAA, DD/MM/AAAA HH:MM, AAAA-MM-DD, AAAA-MM-DD HH:MM (UTC) o Nd / Nw (los últimos N días o semanas)",
        "board: {1} {2}": "tablero: {1} {2}",
        "stage": "etapa",
        "member": "miembro",
        "action #": "tarea n.º ",
        "agenda item": "punto del orden del día",
        "attendee": "asistente",
        "meeting note #": "nota de reunión n.º",
        "meeting": "reunión",
        // handoff/LostCommand.swift
        "Mark a lead lost, with a reason from the list (same as `o`).":
            "Marca un lead como perdido, con un motivo de la lista (igual que `o`).",
        "why: a code of the reasons table (see details)": "por qué: un código de la tabla de motivos (mira los detalles)",
        "Default reasons: price, competitor, no_decision, timing, no_budget, other.":
            "Motivos por defecto: price, competitor, no_decision, timing, no_budget, other.",
        "Lost {1}: {2} ({3})": "Perdido {1}: {2} ({3})",
        // handoff/MeetingCommand.swift
        "Open the weekly meeting's agenda, close the meeting, list the meetings held, or keep their action items.":
            "Abre el orden del día de la reunión semanal, cierra la reunión, lista las reuniones celebradas o lleva sus tareas.",
        "close: also write the meeting's minutes (Markdown) to FILE": "close: escribe además el acta de la reunión (Markdown) en FICHERO",
        "edit: the action item's new text": "edit: el nuevo texto de la tarea",
        "start in the large-text layout, for a projector": "empieza con el texto grande, para un proyector",
        "do not celebrate won deals on this screen": "no celebrar las operaciones ganadas en esta pantalla",
        "follow the chair's screen, read-only: the projector shows the item, line and lead the chair's screen shows":
            "sigue la pantalla de quien dirige, solo lectura: el proyector muestra el punto, la línea y el lead que muestra esa pantalla",
        "a clock per item against this time: 5m, 90s, 2m30s (T turns it on and off)":
            "un reloj por punto frente a este tiempo: 5m, 90s, 2m30s (T lo activa y desactiva)",
        "--timebox takes a time such as 5m, 90s or 2m30s, not '{1}'": "--timebox lleva un tiempo como 5m, 90s o 2m30s, no '{1}'",
        "The agenda covers the events since the last meeting was closed (a week, for a board that never met).\nIn the meeting: n/p step through items (g/G first and last), j/k scroll one, Enter acts on the lead of its line, d marks it discussed,\nw writes a decision or a note, a captures an action item, t ticks one off, x takes a line back,\nA who attends, T the clock per item, C closes, z large text, ? every key, q leaves.\nhandoff meeting close [--minutes FILE]               close it: its minutes are kept (handoff report --meeting ID)\nhandoff meeting list [--json]                        every meeting: period, chair, attendees, what it got through\nhandoff meeting add TEXT --owner LOGIN [--due DATE]   an action item of the running meeting\nhandoff meeting actions [--open] [--owner LOGIN]     every action item with its number, open ones first\nhandoff meeting edit ID [--text T] [--owner L] [--due D|none]   change an action item\nhandoff meeting delete ID                            delete one agreed by mistake\nhandoff meeting done ID / reopen ID                  tick one off, or open it again\nOpen action items carry over: every next meeting shows them until they are done.":
            "El orden del día cubre los eventos desde que se cerró la última reunión (una semana, en un tablero que nunca se reunió).\nEn la reunión: n/p recorren los puntos (g/G el primero y el último), j/k desplazan uno, Intro actúa sobre el lead de su línea, d lo marca como tratado,\nw escribe una decisión o una nota, a apunta una tarea, t da una por hecha, x retira una línea,\nA quién asiste, T el reloj por punto, C cierra, z texto grande, ? todas las teclas, q sale.\nhandoff meeting close [--minutes FICHERO]               la cierra: su acta se guarda (handoff report --meeting ID)\nhandoff meeting list [--json]                           cada reunión: periodo, quién la dirigió, asistentes, qué se trató\nhandoff meeting add TEXTO --owner LOGIN [--due FECHA]   una tarea de la reunión en curso\nhandoff meeting actions [--open] [--owner LOGIN]       todas las tareas con su número, primero las abiertas\nhandoff meeting edit ID [--text T] [--owner L] [--due F|none]   cambia una tarea\nhandoff meeting delete ID                              borra una acordada por error\nhandoff meeting done ID / reopen ID                    da una por hecha, o la vuelve a abrir\nLas tareas abiertas pasan de una reunión a otra: cada reunión siguiente las muestra hasta que se hacen.",
        "unknown meeting action '{1}'; use {2} or {3}": "acción de reunión desconocida '{1}'; usa {2} o {3}",
        "1 item discussed": "1 punto tratado",
        "{1} items discussed": "{1} puntos tratados",
        "1 action item": "1 tarea",
        "{1} action items": "{1} tareas",
        "Closed meeting {1}, which covered {2} to {3} UTC: {4}, {5}.": "Cerrada la reunión {1}, que cubría de {2} a {3} UTC: {4}, {5}.",
        "Its minutes are kept: handoff report --meeting {1}. The next meeting's agenda starts from now.":
            "Su acta queda guardada: handoff report --meeting {1}. El orden del día de la próxima reunión empieza desde ahora.",
        "{1} already exists; the minutes were kept in the board: handoff report --meeting {2} > FILE":
            "{1} ya existe; el acta quedó guardada en el tablero: handoff report --meeting {2} > FICHERO",
        "could not write {1}; the minutes were kept in the board: handoff report --meeting {2} > FILE":
            "no se pudo escribir {1}; el acta quedó guardada en el tablero: handoff report --meeting {2} > FICHERO",
        "Minutes written to {1}.": "Acta escrita en {1}.",
        // HandoffTUI/AppRuntime+Meeting.swift
        "{1} already exists; the meeting is still open: close it again with another file name, or none":
            "{1} ya existe; la reunión sigue abierta: ciérrala otra vez con otro nombre de fichero, o sin ninguno",
        "could not write {1}; the meeting is closed and its minutes kept: handoff report --meeting {2} > FILE":
            "no se pudo escribir {1}; la reunión está cerrada y su acta guardada: handoff report --meeting {2} > FICHERO",
        "No meetings yet; open one with handoff meeting.": "Aún no hay reuniones; abre una con handoff meeting.",
        "PERIOD": "PERIODO",
        "CHAIR": "DIRIGIÓ",
        "DISCUSSED": "TRATADOS",
        "ACTIONS": "TAREAS",
        "ATTENDEES": "ASISTENTES",
        "now (open)": "ahora (abierta)",
        "The minutes of a closed meeting: handoff report --meeting ID.": "El acta de una reunión cerrada: handoff report --meeting ID.",
        "'meeting edit' needs --text, --owner or --due: what to change": "'meeting edit' necesita --text, --owner o --due: qué cambiar",
        "Changed: #{1} {2}": "Cambiada: n.º {1} {2}",
        "Deleted: #{1} {2}; the board's log keeps what it said.": "Borrada: n.º {1} {2}; el registro del tablero guarda lo que decía.",
        "add, edit: the member who does it; actions: only theirs": "add, edit: el miembro que la hace; actions: solo las suyas",
        "add, edit: by when: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +3 for three days from now; edit: none takes the date away":
            "add, edit: para cuándo: DD/MM/AAAA, DD/MM/AAAA HH:MM, AAAA-MM-DD, AAAA-MM-DD HH:MM (UTC) o +3 para dentro de tres días; edit: none quita la fecha",
        "actions: only the action items not done yet": "actions: solo las tareas aún sin hacer",
        "list, actions: print JSON instead of a table": "list, actions: imprime JSON en lugar de una tabla",
        "{1} does not apply to 'handoff meeting{2}'": "{1} no se aplica a 'handoff meeting{2}'",
        "'meeting add' needs --owner LOGIN: the member who does it": "'meeting add' necesita --owner LOGIN: el miembro que la hace",
        "Action item #{1} for {2}: {3}": "Tarea n.º {1} para {2}: {3}",
        "It stays open, and on every meeting's agenda, until `handoff meeting done {1}`.":
            "Sigue abierta, y en el orden del día de cada reunión, hasta `handoff meeting done {1}`.",
        "No open action items for {1}.": "No hay tareas abiertas de {1}.",
        "No action items for {1}.": "No hay tareas de {1}.",
        "No open action items.": "No hay tareas abiertas.",
        "No action items yet; capture one in the meeting (a) or with handoff meeting add.":
            "Aún no hay tareas; apunta una en la reunión (a) o con handoff meeting add.",
        "STATUS": "ESTADO",
        "DUE": "VENCE",
        "WHAT": "QUÉ",
        "done {1}": "hecha el {1}",
        "OVERDUE": "VENCIDA",
        "open": "abierta",
        "{1}, {2}. Tick one off with handoff meeting done ID.": "{1}, {2}. Da una por hecha con handoff meeting done ID.",
        "1 open": "1 abierta",
        "{1} open": "{1} abiertas",
        "1 done": "1 hecha",
        "{1} done": "{1} hechas",
        "'{1}' is not an action item number; `handoff meeting actions` lists them":
            "'{1}' no es un número de tarea; `handoff meeting actions` las lista",
        "Done: #{1} {2}": "Hecha: n.º {1} {2}",
        "Open again: #{1} {2}": "Abierta de nuevo: n.º {1} {2}",
        // handoff/MemberCommand.swift
        "Add or remove a member (admins), or list the members and what each team may do.":
            "Añade o quita un miembro (admins), o lista los miembros y lo que puede hacer cada equipo.",
        "add: the name people see": "add: el nombre que ve la gente",
        "{1} is at schema {2} and this Handoff needs {3}; only the board's owner, {4}, can upgrade it: handoff init with this address, connected as {5}. Nothing was changed":
            "{1} está en el esquema {2} y este Handoff necesita el {3}; solo el propietario del tablero, {4}, puede actualizarlo: handoff init con esta dirección, conectado como {5}. No se cambió nada",
        "Added {1} as a viewer: they read every view and write nothing.":
            "Añadido {1} como espectador: lee todas las vistas y no escribe nada.",
        "{1} is a member of this board ({2}); remove them first (handoff member remove {3}), then add them as a viewer":
            "{1} es miembro de este tablero ({2}); quítalo primero (handoff member remove {3}) y luego añádelo como espectador",
        "viewer": "espectador",
        "a viewer is a role on a server board; on a file, anyone who can read it opens it with --read-only":
            "un espectador es un rol de un tablero en un servidor; en un fichero, quien puede leerlo lo abre con --read-only",
        "'{1}' is not a viewer of this board": "'{1}' no es espectador de este tablero",
        "Removed {1}, a viewer: they can no longer read the board.": "Quitado {1}, espectador: ya no puede leer el tablero.",
        "add: marketing, sales, success or admin; on a server also viewer (reads, never writes)":
            "add: marketing, sales, success o admin; en un servidor también viewer (lee, nunca escribe)",
        "list: print JSON instead of tables": "list: imprime JSON en lugar de tablas",
        "handoff member add LOGIN --name NAME --team marketing|sales|success|admin   (again to rename or change team)\nhandoff member list\nhandoff member remove LOGIN   (not the last admin; their past events keep their name)\nhandoff member add LOGIN --team viewer   (on a server: the meeting room's screen, which reads and never writes)\nLOGIN is the person's login on this machine ($USER). A board without members is personal: whoever\nopens it may do everything. The first member must be an admin, who then adds the others.":
            "handoff member add LOGIN --name NOMBRE --team marketing|sales|success|admin   (otra vez para renombrar o cambiar de equipo)\nhandoff member list\nhandoff member remove LOGIN   (no el último admin; sus eventos pasados conservan su nombre)\nhandoff member add LOGIN --team viewer   (en un servidor: la pantalla de la sala de reuniones, que lee y nunca escribe)\nLOGIN es el login de la persona en esta máquina ($USER). Un tablero sin miembros es personal: quien\nlo abre puede hacerlo todo. El primer miembro debe ser un admin, que luego añade a los demás.",
        "unknown action '{1}'; use add, list or remove": "acción desconocida '{1}'; usa add, list o remove",
        "'member add' needs LOGIN": "'member add' necesita LOGIN",
        "'member add' needs --name NAME": "'member add' necesita --name NOMBRE",
        "'member add' needs --team marketing|sales|success|admin": "'member add' necesita --team marketing|sales|success|admin",
        "Added {1}.": "Añadido {1}.",
        "Updated {1}.": "Actualizado {1}.",
        "'member list' takes no LOGIN": "'member list' no lleva LOGIN",
        "This board has no members: it is personal, and whoever opens it may do everything.":
            "Este tablero no tiene miembros: es personal, y quien lo abre puede hacerlo todo.",
        "To share it, add the first member, an admin: handoff member add LOGIN --name NAME --team admin":
            "Para compartirlo, añade el primer miembro, un admin: handoff member add LOGIN --name NOMBRE --team admin",
        "LOGIN": "LOGIN",
        "TEAM": "EQUIPO",
        "What each team may do (table permissions; * is everything):": "Lo que puede hacer cada equipo (tabla permissions; * es todo):",
        "(nothing: read only)": "(nada: solo lectura)",
        "'member remove' needs LOGIN": "'member remove' necesita LOGIN",
        "Removed {1} ({2}, {3}). Their past changes keep their name in the log.":
            "Quitado {1} ({2}, {3}). Sus cambios pasados conservan su nombre en el registro.",
        "Deleted 1 routing rule that sent them handoffs; those now go round robin.":
            "Borrada 1 regla de reparto que le enviaba traspasos; ahora van por turnos.",
        "Deleted {1} routing rules that sent them handoffs; those now go round robin.":
            "Borradas {1} reglas de reparto que le enviaban traspasos; ahora van por turnos.",
        "Campaigns now without an owner: {1}.": "Campañas que se quedan sin responsable: {1}.",
        "1 open lead is still owned by {1}; find it with handoff inbox or the board's filter (/owner:{2}) and give it to someone.":
            "1 lead abierto sigue a cargo de {1}; búscalo con handoff inbox o el filtro del tablero (/owner:{2}) y dáselo a alguien.",
        "{1} open leads are still owned by {2}; find them with handoff inbox or the board's filter (/owner:{3}) and give them to someone.":
            "{1} leads abiertos siguen a cargo de {2}; búscalos con handoff inbox o el filtro del tablero (/owner:{3}) y dáselos a alguien.",
        // handoff/RestoreCommand.swift
        "Put a backup back as the board, with nobody using it; the board it replaces is kept.":
            "Devuelve una copia de seguridad como tablero, sin nadie usándolo; el tablero que sustituye se conserva.",
        "Refuses while anyone has the board open. The backup is copied beside the board, checked, given the board's\nmode and group, and takes the board's name in one step; the board it replaces is kept as\nBOARD.replaced-TIME, together with its -wal and -journal, so nothing is lost and no old log is left to be\nmerged into the backup (copying a backup over the board by hand does that, and damages it). The result is\nthen checked as `handoff check` does.":
            "Se niega mientras alguien tenga el tablero abierto. La copia se copia junto al tablero, se comprueba, recibe el modo\ny el grupo del tablero, y toma el nombre del tablero de una vez; el tablero que sustituye se conserva como\nTABLERO.replaced-HORA, junto con su -wal y su -journal, así que no se pierde nada y no queda ningún registro viejo\nque mezclar con la copia (copiarla a mano encima del tablero hace eso, y lo daña). Después se comprueba el\nresultado como lo hace `handoff check`.",
        "Restored {1} from {2}: {3} leads, {4} events.": "Restaurado {1} desde {2}: {3} leads, {4} eventos.",
        "The board it replaced is kept as {1} (open it with --db to look at it; its -wal, if any, is beside it).":
            "El tablero sustituido se conserva como {1} (ábrelo con --db para mirarlo; su -wal, si lo hay, está al lado).",
        "handoff: the restored board fails the checks above: the backup held them already. Run `handoff check --db {1}`, or restore an older backup.":
            "handoff: el tablero restaurado no pasa las comprobaciones de arriba: la copia ya las traía. Ejecuta `handoff check --db {1}`, o restaura una copia más antigua.",
        "restore replaces the board; it cannot be run --read-only. Nothing was changed.":
            "restore sustituye el tablero; no puede ejecutarse con --read-only. No se cambió nada.",
        // handoff/StageCommand.swift
        "List the stages, or rename one or change its stale limit and win probability (admins).":
            "Lista las etapas, o renombra una o cambia su límite de inactividad y su probabilidad de ganar (admins).",
        "Stage ids, their order and their sides are fixed; titles, stale limits and probabilities are the team's.\nEvery change is recorded in the audit (handoff log) and shows on open boards at once.":
            "Los ids de las etapas, su orden y sus lados son fijos; los títulos, los límites de inactividad y las probabilidades son del equipo.\nCada cambio queda en la auditoría (handoff log) y se ve al momento en los tableros abiertos.",
        "The stages in board order: id, title, side, leads, stale limit, win probability.":
            "Las etapas en el orden del tablero: id, título, lado, leads, límite de inactividad, probabilidad de ganar.",
        "Give a stage a new title (in quotes when it has spaces).": "Da a una etapa un título nuevo (entre comillas si tiene espacios).",
        "Example: handoff stage rename lead \"Nuevo lead\"": "Ejemplo: handoff stage rename lead \"Nuevo lead\"",
        "Change how long a lead may sit in a stage before it is stale, or the stage's win probability.":
            "Cambia cuánto puede estar un lead en una etapa antes de quedar estancado, o la probabilidad de ganar de la etapa.",
        "days before a lead here is flagged stale (none: never)": "días antes de marcar como estancado un lead aquí (none: nunca)",
        "chance from 0 to 1 that a deal here is won, for the weighted pipeline":
            "probabilidad de 0 a 1 de ganar una operación aquí, para el pipeline ponderado",
        "TITLE": "TÍTULO",
        "SIDE": "LADO",
        "STALE AFTER": "ESTANCA TRAS",
        "WIN %": "% GANAR",
        "{1} (hidden)": "{1} (oculta)",
        "Renamed stage {1}: '{2}' is now '{3}'.": "Etapa {1} renombrada: '{2}' ahora es '{3}'.",
        "'stage set' needs --idle-days N|none or --probability P: what to change":
            "'stage set' necesita --idle-days N|none o --probability P: qué cambiar",
        "--idle-days takes a number of days or none, not '{1}'": "--idle-days lleva un número de días o none, no '{1}'",
        "--probability takes a number from 0 to 1 (0.25 for one deal in four), not '{1}'":
            "--probability lleva un número de 0 a 1 (0.25 para una operación de cada cuatro), no '{1}'",
        "Stage {1} ({2}): stale after {3}, win probability {4}.": "Etapa {1} ({2}): estancado tras {3}, probabilidad de ganar {4}.",
        "{1} days": "{1} días",
        "1 day": "1 día",
        "never": "nunca",
        // HandoffStore/Store+Stages.swift
        "a stage title is 1 to {1} characters on one line, not '{2}'":
            "un título de etapa tiene de 1 a {1} caracteres en una línea, no '{2}'",
        "stage {1} is already called '{2}'; two columns with one name cannot be told apart":
            "la etapa {1} ya se llama '{2}'; dos columnas con un mismo nombre no se distinguen",
        "--probability is a chance from 0 to 1 (0.25 for one deal in four), not {1}":
            "--probability es una probabilidad de 0 a 1 (0.25 para una operación de cada cuatro), no {1}",
        "--idle-days is a number of days from 1 to 3650, or none, not {1}": "--idle-days es un número de días de 1 a 3650, o none, no {1}",
        "nothing to change: give --idle-days N|none or --probability P": "nada que cambiar: da --idle-days N|none o --probability P",
        "{1} is an outcome; its probability ({2}) says whether it is the win, so it stays":
            "{1} es un resultado; su probabilidad ({2}) dice si es la victoria, así que se queda",
        "{1} is an outcome; a closed deal is never stale": "{1} es un resultado; una operación cerrada nunca está estancada",
        // handoff/MoveCommand.swift
        "Move a lead to a stage (same checks and event as on the board).":
            "Mueve un lead a una etapa (las mismas comprobaciones y el mismo evento que en el tablero).",
        "Moved {1}: {2} -> {3}": "Movido {1}: {2} -> {3}",
        // handoff/NoteCommand.swift
        "Add a note to a lead, or a next step with --due (same as `c`).":
            "Añade una nota a un lead, o un próximo paso con --due (igual que `c`).",
        "makes it a next step: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or +N days":
            "la convierte en un próximo paso: DD/MM/AAAA, DD/MM/AAAA HH:MM, AAAA-MM-DD, AAAA-MM-DD HH:MM (UTC) o +N días",
        "A lead with a next step in the future is not flagged stale until that date passes.":
            "Un lead con un próximo paso en el futuro no se marca como estancado hasta que pasa esa fecha.",
        "--due: {1}": "--due: {1}",
        "Added a next step due {1} UTC to {2}": "Añadido un próximo paso para el {1} UTC a {2}",
        "Added a note to {1}": "Añadida una nota a {1}",
        // handoff/RedoCommand.swift
        "Redo your last undone change (same as `Ctrl-R`).": "Rehace tu último cambio deshecho (igual que `Ctrl-R`).",
        // handoff/RejectCommand.swift
        "Send a handed-off lead back to marketing with a reason (same as `x`).":
            "Devuelve un lead traspasado a marketing con un motivo (igual que `x`).",
        "what marketing should know": "lo que marketing debe saber",
        "Default reasons: not_target, no_budget, no_interest, bad_data, duplicate, student, competitor,\nother (needs a comment). The lead goes back to Nurturing and marketing sees why.":
            "Motivos por defecto: not_target, no_budget, no_interest, bad_data, duplicate, student, competitor,\nother (necesita un comentario). El lead vuelve a Nurturing y marketing ve por qué.",
        "Rejected {1}: {2} ({3}); back in {4}": "Rechazado {1}: {2} ({3}); de vuelta en {4}",
        // handoff/ReportCommand.swift
        "Write the meeting agenda and KPIs as Markdown (or JSON) for the minutes, or a closed meeting's minutes.":
            "Escribe el orden del día de la reunión y los KPIs en Markdown (o JSON) para el acta, o el acta de una reunión cerrada.",
        "the minutes of closed meeting ID, as kept at its close (handoff meeting list gives the IDs)":
            "el acta de la reunión cerrada ID, tal como se guardó al cerrarla (handoff meeting list da los ID)",
        "--meeting prints the minutes of one meeting, whose window is its own; leave out --since":
            "--meeting imprime el acta de una reunión, cuya ventana es la suya; quita --since",
        "--meeting takes a meeting's number, not '{1}'; handoff meeting list gives them":
            "--meeting lleva el número de una reunión, no '{1}'; handoff meeting list los da",
        "there is no meeting {1}; handoff meeting list gives the meetings held":
            "no hay ninguna reunión {1}; handoff meeting list da las reuniones celebradas",
        "meeting {1} is still running: its minutes are written when it closes; handoff report shows its agenda so far":
            "la reunión {1} sigue en curso: su acta se escribe al cerrarla; handoff report muestra su orden del día hasta ahora",
        "meeting {1} was closed before minutes were kept; handoff report --since {2} rebuilds its agenda from the board as it is now":
            "la reunión {1} se cerró antes de que se guardaran actas; handoff report --since {2} rehace su orden del día con el tablero tal como está ahora",
        "last-meeting (default: since the last meeting held), a date, YYYY-MM-DD or YYYY-MM-DD HH:MM UTC, or Nd / Nw for the last N days or weeks":
            "last-meeting (por defecto: desde la última reunión celebrada), una fecha, DD/MM/AAAA, AAAA-MM-DD o con HH:MM UTC, o Nd / Nw para los últimos N días o semanas",
        "markdown (default) or json": "markdown (por defecto) o json",
        "--format must be markdown or json, not '{1}'": "--format debe ser markdown o json, no '{1}'",
        "--since takes last-meeting, a date (YYYY-MM-DD or YYYY-MM-DD HH:MM, UTC) or Nd / Nw, not '{1}'":
            "--since lleva last-meeting, una fecha (DD/MM/AAAA, AAAA-MM-DD o con HH:MM, UTC) o Nd / Nw, no '{1}'",
        "KPIs count the same window as the agenda, to the second, compared with as long a window just before. The\nreport names the history's head (as `handoff check --print-head` prints it) once its hash chains are verified:\nkept in the minutes, `handoff check --expect-head HEAD` proves later that nothing up to it was changed.":
            "Los KPI cuentan la misma ventana que el orden del día, al segundo, comparada con una ventana igual de larga justo antes. El\ninforme da la cabeza del historial (como la muestra `handoff check --print-head`) una vez verificadas sus cadenas de hashes:\nguardada en el acta, `handoff check --expect-head CABEZA` demuestra más adelante que nada hasta ella se cambió.",
        // handoff/ScoringCommand+Calibrate.swift
        "Scoring version {1} at threshold {2}{3}{4}: {5}": "Versión de puntuación {1} con umbral {2}{3}{4}: {5}",
        "1 lead with a known outcome": "1 lead con resultado conocido",
        "{1} leads with a known outcome": "{1} leads con resultado conocido",
        "No lead has an outcome yet: nothing was accepted, rejected, won or lost.":
            "Ningún lead tiene resultado todavía: no se aceptó, rechazó, ganó ni perdió nada.",
        "At {1}: {2}": "Con {1}: {2}",
        // handoff/ScoringCommand.swift
        "The shared definition of a qualified lead: load, show, history, calibrate.":
            "La definición compartida de un lead cualificado: load, show, history, calibrate.",
        "A definition file has a threshold, an optional fit_minimum, and rules under [fit] and [engagement]\n(`field operator value -> points`), with optional caps and engagement decay. See docs/scoring.md.":
            "Un fichero de definición tiene un umbral (threshold), un fit_minimum opcional y reglas bajo [fit] y [engagement]\n(`campo operador valor -> puntos`), con topes opcionales y decaimiento del engagement. Mira docs/scoring.md.",
        "Load a definition file as a new version and rescore every open lead with it.":
            "Carga un fichero de definición como versión nueva y vuelve a puntuar con ella cada lead abierto.",
        "why it changed, kept with the version": "por qué cambió, guardado con la versión",
        "FILE may be - for standard input. A file with a mistake changes nothing; the message names the line and column.\nLeads whose score changes get a `scored` event; leads that now qualify, and those that no longer do, are\nlisted; those that now qualify are handed off when auto handoff is on.":
            "FICHERO puede ser - para la entrada estándar. Un fichero con un error no cambia nada; el mensaje indica la línea y la columna.\nLos leads cuya puntuación cambia reciben un evento `scored`; se listan los leads que ahora cualifican y los que ya no;\nlos que ahora cualifican se traspasan si el traspaso automático está activado.",
        "Print the definition in force (or version VERSION) in the file format.":
            "Imprime la definición vigente (o la versión VERSION) en el formato del fichero.",
        "The output loads back to the same definition; comments of the original file are not kept.":
            "La salida se vuelve a cargar como la misma definición; los comentarios del fichero original no se conservan.",
        "List the versions: when, by whom, threshold, rules and comment.":
            "Lista las versiones: cuándo, quién, umbral, reglas y comentario.",
        "Check the definition against leads with a known outcome, by score band.":
            "Contrasta la definición con los leads de resultado conocido, por tramo de puntuación.",
        "what if the threshold were N": "qué pasaría si el umbral fuera N",
        "Show, or turn on or off, handing leads that reach the threshold to sales at once.":
            "Muestra, activa o desactiva el traspaso inmediato a ventas de los leads que alcanzan el umbral.",
        "Leads with a known outcome: sales accepted or rejected their handoff, or they were won or lost. Each is\nscored by the definition as of when its outcome was known. An MQL reaches the threshold (and the fit minimum).\nprecision (won) = MQLs won / MQLs won or lost; recall (won) = MQLs won / all won;\nprecision (accepted) = MQLs accepted / MQLs accepted or rejected. Rates are null (or -) when undefined.":
            "Leads con resultado conocido: ventas aceptó o rechazó su traspaso, o se ganaron o se perdieron. Cada uno se\npuntúa con la definición vigente cuando se supo su resultado. Un MQL alcanza el umbral (y el mínimo de fit).\nprecisión (ganados) = MQLs ganados / MQLs ganados o perdidos; exhaustividad (ganados) = MQLs ganados / todos los ganados;\nprecisión (aceptados) = MQLs aceptados / MQLs aceptados o rechazados. Las tasas son null (o -) cuando no están definidas.",
        "cannot read {1}: no such file, or not readable; nothing was changed":
            "no se puede leer {1}: no existe o no se puede leer; no se cambió nada",
        "Rescoring {1} open leads...": "Volviendo a puntuar {1} leads abiertos...",
        "Rescoring: {1} of {2} open leads, {3}%": "Volviendo a puntuar: {1} de {2} leads abiertos, {3} %",
        "Rescored {1} open leads; saving them to the board...": "{1} leads abiertos puntuados; guardándolos en el tablero...",
        "{1}; nothing was changed": "{1}; no se cambió nada",
        "Auto handoff is off: leads that now qualify stay where they are (handoff scoring auto-handoff on)":
            "El traspaso automático está desactivado: los leads que ahora cualifican se quedan donde están (handoff scoring auto-handoff on)",
        "  now qualifies: {1}, score {2}, {3}": "  ahora cualifica: {1}, puntuación {2}, {3}",
        "  ... and {1} more": "  ... y {1} más",
        "  no longer qualifies: {1}, score {2}, in {3}": "  ya no cualifica: {1}, puntuación {2}, en {3}",
        "  ... and {1} more that no longer qualify": "  ... y {1} más que ya no cualifican",
        "No scoring definition yet; load one with handoff scoring load FILE":
            "Aún no hay definición de puntuación; carga una con handoff scoring load FICHERO",
        "Version {1} is in force.": "La versión {1} está vigente.",
        "auto-handoff takes on or off, not '{1}'": "auto-handoff lleva on u off, no '{1}'",
        "VERSION must be a version number (handoff scoring history lists them), not '{1}'":
            "VERSION debe ser un número de versión (handoff scoring history las lista), no '{1}'",
        "no scoring definition yet; load one with handoff scoring load FILE":
            "aún no hay definición de puntuación; carga una con handoff scoring load FICHERO",
        // handoff/SnapshotCommand.swift
        "Print a view as plain text (no escape codes) and exit.": "Imprime una vista como texto plano (sin códigos de escape) y sale.",
        "the view to print: board (default), inbox, scoring, dashboard, content, insights, or meeting":
            "la vista que se imprime: board (por defecto), inbox, scoring, dashboard, content, insights o meeting",
        "columns of text (default 120)": "columnas de texto (por defecto 120)",
        "lines of text (default 40)": "líneas de texto (por defecto 40)",
        "unknown view '{1}'; views: {2}": "vista desconocida '{1}'; vistas: {2}",
        // handoff/UndoCommand.swift
        "Undo your last change to a lead (same as `u`); the undo is itself an event.":
            "Deshace tu último cambio a un lead (igual que `u`); deshacer es a su vez un evento.",
        "Undid {1}; now in {2}": "Se deshizo {1}; ahora en {2}",
        "Redid {1}; now in {2}": "Se rehízo {1}; ahora en {2}",
        // handoff/WatchCommand.swift
        "Print every event as it happens, or run a command for each (a chat webhook, say).":
            "Muestra cada evento según ocurre, o ejecuta una orden por cada uno (un webhook de chat, por ejemplo).",
        "one JSON object a line (JSON Lines) instead of text": "un objeto JSON por línea (JSON Lines) en vez de texto",
        "only these kinds, e.g. won,handed_off,rejected (handoff is handed_off)":
            "solo estos tipos, p. ej. won,handed_off,rejected (handoff es handed_off)",
        "run CMD (with sh -c) for each event, its JSON on standard input, one at a time":
            "ejecuta ORDEN (con sh -c) por cada evento, con su JSON en la entrada estándar, de uno en uno",
        "start after event ID (the last one handled) instead of with the next new one":
            "empieza tras el evento ID (el último atendido) en vez de con el siguiente nuevo",
        "Runs until interrupted. With --exec, an event is handled once CMD exits 0; if it fails, watch stops and says\nwhich event to resume after, so nothing is skipped. Each event's JSON has id, at, actor, kind, lead_id,\nlead_name, from_stage, to_stage and detail (a won deal's amount, a reason). docs/admin.md has a script that\nposts wins to a Slack or Teams webhook.":
            "Se ejecuta hasta que se interrumpe. Con --exec, un evento queda atendido cuando ORDEN termina con 0; si falla, watch se detiene\ny dice tras qué evento reanudar, así que no se salta nada. El JSON de cada evento tiene id, at, actor, kind, lead_id,\nlead_name, from_stage, to_stage y detail (el importe de una venta, un motivo). docs/admin.md trae un script que\npublica las ventas en un webhook de Slack o Teams.",
        "--kinds: unknown kind '{1}'; kinds: {2}": "--kinds: tipo desconocido '{1}'; tipos: {2}",
        "--after must be an event id (a whole number), not '{1}'": "--after debe ser un id de evento (un número entero), no '{1}'",
        "handoff: '{1}' failed on event {2} (exit status {3}); nothing after it was handed on. Resume with --after {4}":
            "handoff: '{1}' falló en el evento {2} (estado de salida {3}); no se entregó nada posterior. Reanuda con --after {4}",
        // handoff/CompletionCommand.swift
        "Print the completion script for bash, zsh or fish.": "Muestra el script de autocompletado para bash, zsh o fish.",
        "bash: source <(handoff completion bash), or save it in /usr/share/bash-completion/completions/handoff.\nzsh: handoff completion zsh > \"${fpath[1]}/_handoff\". fish: handoff completion fish > ~/.config/fish/completions/handoff.fish.\nmake install puts all three where the shells look.":
            "bash: source <(handoff completion bash), o guárdalo en /usr/share/bash-completion/completions/handoff.\nzsh: handoff completion zsh > \"${fpath[1]}/_handoff\". fish: handoff completion fish > ~/.config/fish/completions/handoff.fish.\nmake install deja los tres donde los buscan los intérpretes.",
        "completion takes bash, zsh or fish, not '{1}'": "completion admite bash, zsh o fish, no '{1}'",
        // handoff/ManualCommand.swift
        "Print the manual page handoff(1) in roff (read it with: handoff manual | man -l -).":
            "Muestra la página de manual handoff(1) en roff (léela con: handoff manual | man -l -).",
        // handoff/WonCommand.swift
        "Mark a deal won for an amount in the board currency (same as `w`).":
            "Marca una oportunidad como ganada por un importe en la moneda del tablero (igual que `w`).",
        "the amount won: 18500, 18,500.50 or 18.5k": "el importe ganado: 18500, 18.500,50 o 18,5k",
        "--amount: {1}": "--amount: {1}",
        "Won {1}: {2} {3}": "Ganado {1}: {2} {3}",
        // handoff/main.swift
        "the board's database file": "el fichero de base de datos del tablero",
        "act as this member (admins; anyone on the demo board)": "actúa como este miembro (admins; cualquiera en el tablero de demo)",
        "open without writing anything": "abre sin escribir nada",
        "colour theme: default, light, high-contrast, solarized-dark, projector, or a file (else $HANDOFF_THEME)":
            "tema de color: default, light, high-contrast, solarized-dark, projector, o un fichero (si no, $HANDOFF_THEME)",
        "language of the board (else LC_ALL, LC_MESSAGES, LANG)": "idioma del tablero (si no, LC_ALL, LC_MESSAGES, LANG)",
        "draw borders and symbols in plain ASCII": "dibuja bordes y símbolos en ASCII simple",
        "click to select cards and tabs, wheel to scroll (else $HANDOFF_MOUSE=1); stops text selection":
            "clic para elegir tarjetas y pestañas, rueda para desplazar (si no, $HANDOFF_MOUSE=1); impide seleccionar texto",
        "--lang takes en or es, not '{1}'": "--lang lleva en o es, no '{1}'",
        // several files
        "(standard input)": "(entrada estándar)",
        "Rescored {1} in {2} s: {3}, {4}, {5}": "Puntuación recalculada de {1} en {2} s: {3}, {4}, {5}",
        "1 open lead": "1 lead abierto",
        "{1} open leads": "{1} leads abiertos",
        "# Scoring version {1}, loaded by {2} on {3} UTC": "# Versión de puntuación {1}, cargada por {2} el {3} UTC",
        " (fit minimum {1})": " (mínimo de fit {1})",
        "Loaded scoring version {1} by {2}: threshold {3}": "Cargada la versión de puntuación {1} por {2}: umbral {3}",
        ", what if (its own is {1})": ", hipotético (el suyo es {1})",
        "{1} · {2}, {3} · precision (won) {4} · recall (won) {5} · precision (accepted) {6}":
            "{1} · {2}, {3} · precisión (ganados) {4} · exhaustividad (ganados) {5} · precisión (aceptados) {6}",
        "1 won": "1 ganado",
        "{1} won": "{1} ganados",
        "1 lost": "1 perdido",
        "{1} lost": "{1} perdidos",
        "COMMENT": "COMENTARIO",
        "1 MQL": "1 MQL",
        "{1} MQLs": "{1} MQLs",
        "LOST": "PERD.",
        "WIN%": "% GAN",
        "ACCEPTANCE%": "% ACEPT.",
        "VERSION": "VERSIÓN",
        "LOADED (UTC)": "CARGADA (UTC)",
        "BY": "POR",
        "THRESHOLD": "UMBRAL",
        "RULES": "REGLAS",
        "{1}, fit minimum {2}, {3} rules": "{1}, mínimo de fit {2}, {3} reglas",
        "{1}, {2} rules": "{1}, {2} reglas",
        "{1}, fit minimum {2}, 1 rule": "{1}, mínimo de fit {2}, 1 regla",
        "{1}, 1 rule": "{1}, 1 regla",
        "1 score changed": "1 puntuación cambió",
        "{1} scores changed": "{1} puntuaciones cambiaron",
        "1 lead now qualifies": "1 lead cualifica ahora",
        "{1} leads now qualify": "{1} leads cualifican ahora",
        "1 no longer does": "1 ya no",
        "{1} no longer do": "{1} ya no",
        "Handed off 1 lead to sales (auto handoff is on)": "Traspasado 1 lead a ventas (el traspaso automático está activado)",
        "Handed off {1} leads to sales (auto handoff is on)": "Traspasados {1} leads a ventas (el traspaso automático está activado)",
        "handed off": "traspasado",
        "in {1}": "en {1}",
        "Auto handoff is on: leads that reach the threshold when a definition is loaded are handed off to sales at once.":
            "El traspaso automático está activado: los leads que alcanzan el umbral al cargar una definición se traspasan a ventas en el acto.",
        "Auto handoff is off: leads that reach the threshold when a definition is loaded are flagged and stay in marketing.":
            "El traspaso automático está desactivado: los leads que alcanzan el umbral al cargar una definición se señalan y se quedan en marketing.",
        "Auto handoff is on: from the next load, leads that reach the threshold when a definition is loaded are handed off to sales.":
            "El traspaso automático está activado: desde la próxima carga, los leads que alcanzan el umbral al cargar una definición se traspasan a ventas.",
        "someone": "alguien",
        "cannot redo: lead {1} ({2}) was changed by {3} since; nothing was changed":
            "no se puede rehacer: {3} cambió el lead {1} ({2}) después; no se cambió nada",
        "cannot undo: lead {1} ({2}) was changed by {3} since; nothing was changed":
            "no se puede deshacer: {3} cambió el lead {1} ({2}) después; no se cambió nada",
        "unknown rejection reason '{1}'; reasons: {2}": "motivo de rechazo desconocido '{1}'; motivos: {2}",
        "unknown loss reason '{1}'; reasons: {2}": "motivo de pérdida desconocido '{1}'; motivos: {2}",
        " (discussed)": " (tratado)",
        " (on: {1})": " (sobre: {1})",
        "# Weekly meeting: {1} – {2} UTC": "# Reunión semanal: {1} – {2} UTC",
        "## Action items": "## Tareas",
        "## How the figures are computed": "## Cómo se calculan las cifras",
        "- Action: {1}": "- Tarea: {1}",
        "Amounts in {1}. Scoring version: {2}.": "Importes en {1}. Versión de puntuación: {2}.",
        "None agreed yet.": "Aún no se acordó ninguna.",
        "unknown": "desconocido",
        "| Figure | Now | Before | Change |": "| Cifra | Ahora | Antes | Cambio |",
        "Over {1}, compared with {2}.": "Sobre {1}, comparado con {2}.",
        "Over {1}.": "Sobre {1}.",
        "The meeting before was closed on {1} UTC by {2}.": "{2} cerró la reunión anterior el {1} UTC.",
        "The meeting before was closed on {1} UTC.": "La reunión anterior se cerró el {1} UTC.",
        "Meeting {1}, chaired by {2}, closed on {3} UTC by {4}.": "Reunión {1}, dirigida por {2}, cerrada el {3} UTC por {4}.",
        "Meeting {1}, chaired by {2}, in progress: these are its minutes so far.":
            "Reunión {1}, dirigida por {2}, en curso: esta es su acta hasta ahora.",
        "Attended by {1}.": "Asistieron {1}.",
        "No attendees were recorded.": "No se registraron asistentes.",
        "Every item was discussed.": "Se trataron todos los puntos.",
        "1 of {1} items not discussed.": "1 de {1} puntos sin tratar.",
        "{1} of {2} items not discussed.": "{1} de {2} puntos sin tratar.",
        "History head at the close: `{1}` (`handoff check --expect-head {2}` proves later that nothing up to here was changed).":
            "Cabeza del historial al cerrar: `{1}` (`handoff check --expect-head {2}` demuestra más adelante que nada hasta aquí se cambió).",
        " (not discussed)": " (sin tratar)",
        "- **Decision:** {1} ({2})": "- **Decisión:** {1} ({2})",
        "- Note: {1} ({2})": "- Nota: {1} ({2})",
        "Sourced by **{1}** (campaign {2}), closed by **{3}**. A close is a team win.":
            "Captado por **{1}** (campaña {2}), cerrado por **{3}**. Un cierre es una victoria del equipo.",
        "Sourced by **{1}**, closed by **{2}**. A close is a team win.":
            "Captado por **{1}**, cerrado por **{2}**. Un cierre es una victoria del equipo.",
        "(column {1}, no name)": "(columna {1}, sin nombre)",
        "{1} -> {2}": "{1} -> {2}",
        "{1} -> attribute {2}": "{1} -> atributo {2}",
        "{1} -> ignored": "{1} -> ignorada",
        "[engagement] has a decay already (line {1}); keep one": "[engagement] ya tiene un decay (línea {1}); deja uno",
        "[{1}]": "[{1}]",
        "[{1}] appears twice (first on line {2}); put all its rules under one":
            "[{1}] aparece dos veces (la primera en la línea {2}); pon todas sus reglas bajo una",
        "[{1}] has a cap already (line {2}); keep one": "[{1}] ya tiene un cap (línea {2}); deja uno",
        "`contains` looks for text; write it in double quotes: \"{1}\", in {2}":
            "`contains` busca texto; escríbelo entre comillas dobles: \"{1}\", en {2}",
        "`{1}` cannot be a field name; write attr.\"{2}\" for an attribute with that name":
            "`{1}` no puede ser un nombre de campo; escribe attr.\"{2}\" para un atributo con ese nombre",
        "`{1}` compares numbers, but {2} is text, in {3}": "`{1}` compara números, pero {2} es texto, en {3}",
        "`{1}` is not a number": "`{1}` no es un número",
        "a cap": "un cap",
        "a control or invisible character ({1}) in text; remove it": "un carácter de control o invisible ({1}) en el texto; quítalo",
        "a rule": "una regla",
        "an attribute needs a name: attr.NAME or attr.\"NAME\"": "un atributo necesita un nombre: attr.NOMBRE o attr.\"NOMBRE\"",
        "cap": "cap",
        "decay": "decay",
        "decay applies to engagement points only; move it under [engagement]":
            "decay solo se aplica a los puntos de engagement; muévelo bajo [engagement]",
        "expected `%` after the percent, as in `{1}`": "se esperaba `%` tras el porcentaje, como en `{1}`",
        "expected `,` or `)` in the list; found {1} in {2}": "se esperaba `,` o `)` en la lista; se encontró {1} en {2}",
        "expected `->` and the points; found {1} in {2}": "se esperaba `->` y los puntos; se encontró {1} en {2}",
        "expected `]` to close [{1}]": "se esperaba `]` para cerrar [{1}]",
        "expected `days` after the number of days, as in `{1}`": "se esperaba `days` tras el número de días, como en `{1}`",
        "expected a list in parentheses after `in`, as in `industry in (\"software\", \"fintech\")`; found {1}":
            "se esperaba una lista entre paréntesis tras `in`, como en `industry in (\"software\", \"fintech\")`; se encontró {1}",
        "expected a rule (`field operator value -> points`), a section, `threshold`, `fit_minimum`, `cap` or `decay`; found {1}":
            "se esperaba una regla (`campo operador valor -> puntos`), una sección, `threshold`, `fit_minimum`, `cap` o `decay`; se encontró {1}",
        "expected a section name: [fit] or [engagement]": "se esperaba un nombre de sección: [fit] o [engagement]",
        "expected a value (text in double quotes or a number) after `{1}` in {2}":
            "se esperaba un valor (texto entre comillas dobles o un número) tras `{1}` en {2}",
        "expected a value (text in double quotes or a number); found {1} in {2}":
            "se esperaba un valor (texto entre comillas dobles o un número); se encontró {1} en {2}",
        "expected an operator (=, !=, <, <=, >, >=, in, contains, exists) after `{1}`; found {2} in {3}":
            "se esperaba un operador (=, !=, <, <=, >, >=, in, contains, exists) tras `{1}`; se encontró {2} en {3}",
        "line {1}, column {2}: {3}": "línea {1}, columna {2}: {3}",
        "no rules: add at least one rule such as `employees >= 50 -> 15` under [fit] or [engagement]":
            "no hay reglas: añade al menos una regla como `employees >= 50 -> 15` bajo [fit] o [engagement]",
        "no threshold: add a line such as `threshold 60` (the score that makes a lead an MQL) before the first section":
            "no hay umbral: añade una línea como `threshold 60` (la puntuación que convierte un lead en MQL) antes de la primera sección",
        "the days of a decay period": "los días de un periodo de decay",
        "the decay": "el decay",
        "the percent lost per period": "el porcentaje que se pierde por periodo",
        "the points": "los puntos",
        "the points must be a whole number from -{1} to {2}; found {3} in {4}":
            "los puntos deben ser un número entero de -{1} a {2}; se encontró {3} en {4}",
        "the text starting here has no closing double quote": "el texto que empieza aquí no tiene comillas dobles de cierre",
        "unexpected character `{1}`": "carácter inesperado `{1}`",
        "unknown escape in text: write \\\" for a double quote and \\\\ for a backslash":
            "escape desconocido en el texto: escribe \\\" para unas comillas dobles y \\\\ para una barra invertida",
        "unknown section [{1}]; the sections are [fit] and [engagement]":
            "sección desconocida [{1}]; las secciones son [fit] y [engagement]",
        "{1} belongs before the first section ([{2}] on line {3})": "{1} va antes de la primera sección ([{2}] en la línea {3})",
        "{1} is a number, but `contains` looks inside text, in {2}": "{1} es un número, pero `contains` busca dentro de un texto, en {2}",
        "{1} is a number; write the value without quotes, in {2}": "{1} es un número; escribe el valor sin comillas, en {2}",
        "{1} is set twice (first on line {2}); keep one": "{1} se define dos veces (la primera en la línea {2}); deja una",
        "{1} is text, but `{2}` compares numbers, in {3}": "{1} es texto, pero `{2}` compara números, en {3}",
        "{1} is text; write the value in double quotes: \"{2}\", in {3}":
            "{1} es texto; escribe el valor entre comillas dobles: \"{2}\", en {3}",
        "{1} must be under [fit] or [engagement]; add a section line above it":
            "{1} debe ir bajo [fit] o [engagement]; añade una línea de sección encima",
        "{1} must be a whole number, as in `{2}`; found {3}": "{1} debe ser un número entero, como en `{2}`; se encontró {3}",
        "{1} must be a whole number from {2} to {3}; found `{4}`": "{1} debe ser un número entero de {2} a {3}; se encontró `{4}`",
        "unexpected {1} after {2}; one statement per line (a comment starts with #)":
            "{1} inesperado tras {2}; una instrucción por línea (un comentario empieza con #)",
        "the end of the line": "el final de la línea",
        "the threshold": "el umbral",
        "the fit minimum": "el mínimo de fit",
        "no lead has an attribute named `{1}`": "ningún lead tiene un atributo llamado `{1}`",
        "`{1}` is neither a lead field nor an attribute any lead has": "`{1}` no es un campo de lead ni un atributo que tenga algún lead",
        "{1}, in rule `{2}`; did you mean attr.{3}?; lead fields: {4}; attributes: {5}":
            "{1}, en la regla `{2}`; ¿querías decir attr.{3}?; campos de lead: {4}; atributos: {5}",
        "{1}, in rule `{2}`; lead fields: {3}; attributes: {4}": "{1}, en la regla `{2}`; campos de lead: {3}; atributos: {4}",
        "due {1}": "vence el {1}",
        // HandoffStore/PostgresAddress.swift, PostgresConnection.swift, PostgresStatement.swift
        "the address of the board holds a password; leave it out and put it in ~/.pgpass or PGPASSWORD (or use peer or certificate authentication), so it never shows in the shell's history or in `ps`":
            "la dirección del tablero lleva una contraseña; quítala y ponla en ~/.pgpass o PGPASSWORD (o usa autenticación peer o por certificado), para que nunca aparezca en el historial de la shell ni en `ps`",
        "cannot reach the board at {1}: out of memory": "no se puede llegar al tablero en {1}: no queda memoria",
        "cannot connect to the board at {1}: {2}. Check --db, that the server runs, and your password in ~/.pgpass or PGPASSWORD":
            "no se puede conectar con el tablero en {1}: {2}. Revisa --db, que el servidor esté en marcha y tu contraseña en ~/.pgpass o PGPASSWORD",
        "lost the connection to the board at {1}; trying again. Nothing was written":
            "se perdió la conexión con el tablero en {1}; se vuelve a intentar. No se escribió nada",
        "the server refused: {1}; nothing was changed": "el servidor lo rechazó: {1}; no se cambió nada",
        "the server holding {1} has no disk space left; nothing was written. Ask its administrator to free some":
            "el servidor que guarda {1} no tiene espacio en disco; no se escribió nada. Pide a su administrador que libere algo",
        "a statement was given value {1} of {2}; nothing was written. Please report it":
            "una sentencia recibió el valor {1} de {2}; no se escribió nada. Notifícalo, por favor",
        "the board did not say which row it added; nothing was written": "el tablero no dijo qué fila añadió; no se escribió nada",
        // HandoffStore/Store.swift
        "the server of {1} is out of reach since {2} s; trying again":
            "el servidor de {1} no responde desde hace {2} s; se vuelve a intentar",
        "{1} is a database of another program (tables {2}), not a Handoff board; nothing was changed. Check --db":
            "{1} es una base de datos de otro programa (tablas {2}), no un tablero de Handoff; no se cambió nada. Revisa --db",
        // HandoffStore/BoardCheck.swift
        "the PostgreSQL server keeps pages, indexes and references whole itself":
            "el servidor PostgreSQL mantiene íntegros por sí mismo las páginas, los índices y las referencias",
        // handoff/InitCommand.swift
        "--shared-group shares a board file; on a server, members are the server's roles: add them with `handoff member add`":
            "--shared-group comparte un fichero de tablero; en un servidor, los miembros son los roles del servidor: añádelos con `handoff member add`",
        "Created an empty board in {1} (schema owned by {2}).": "Se creó un tablero vacío en {1} (esquema propiedad de {2}).",
        "Next: `handoff copy --to {1}` to bring a board in, or add your team with `handoff member add LOGIN --name NAME --team admin` (first an admin).":
            "Después: `handoff copy --to {1}` para traer un tablero, o añade a tu equipo con `handoff member add LOGIN --name NOMBRE --team admin` (primero un admin).",
        "A board already exists in {1} ({2}); nothing changed.": "Ya existe un tablero en {1} ({2}); no cambió nada.",
        // HandoffStore/Store+Copy.swift, handoff/CopyCommand.swift
        "{1} is the board itself; copy it to another file or database": "{1} es el propio tablero; cópialo a otro fichero o base de datos",
        "{1} already holds a board (leads, events or members); nothing was copied. Pass --force to replace it":
            "{1} ya contiene un tablero (leads, eventos o miembros); no se copió nada. Usa --force para reemplazarlo",
        "{1} has no table {2}; open it once with this Handoff to bring its schema up to date":
            "{1} no tiene la tabla {2}; ábrelo una vez con este Handoff para poner su esquema al día",
        "--to TARGET is required: the file or postgresql:// address to copy the board into":
            "hace falta --to DESTINO: el fichero o la dirección postgresql:// donde copiar el tablero",
        "Copied {1} and {2} from {3} to {4} in {5} s.": "Se copiaron {1} y {2} de {3} a {4} en {5} s.",
        "Copy the whole board, history and all, to another file or PostgreSQL database.":
            "Copia el tablero entero, con toda su historia, a otro fichero o base de datos PostgreSQL.",
        "the file or postgresql:// address to copy the board into": "el fichero o la dirección postgresql:// donde copiar el tablero",
        "replace a board that TARGET already holds": "reemplaza el tablero que DESTINO ya contenga",
        "Copies every lead with its attributes, every event with its time and actor, the scoring versions, the meetings,\nthe members, the stages and the settings, from --db (a file or a server) to TARGET (a file or a server), in one\ntransaction on each side. TARGET is created if it is a file; a server's database must exist (`handoff init --db`\nis not needed first). A TARGET that already holds a board is refused unless --force. Afterwards `handoff check`\npasses on the copy and `handoff kpi --json` gives the same figures on both.":
            "Copia cada lead con sus atributos, cada evento con su hora y su autor, las versiones de la puntuación, las reuniones,\nlos miembros, las etapas y los ajustes, de --db (un fichero o un servidor) a DESTINO (un fichero o un servidor), en una\ntransacción a cada lado. DESTINO se crea si es un fichero; la base de datos de un servidor debe existir (no hace falta\n`handoff init --db` antes). Un DESTINO que ya contiene un tablero se rechaza salvo con --force. Después `handoff check`\npasa en la copia y `handoff kpi --json` da las mismas cifras en ambos.",
        // HandoffStore/Store+Identity.swift
        "--as {1}: the server does not let {2} act as {3}; an administrator grants it with GRANT {4} TO {5}":
            "--as {1}: el servidor no deja a {2} actuar como {3}; un administrador lo concede con GRANT {4} TO {5}",
        // handoff/CheckCommand.swift
        "Keep the database as it is, find who changed it in the server's log, and put the last good backup back with `handoff copy --db BACKUP --to ADDRESS --force`.":
            "Deja la base de datos como está, busca en el registro del servidor quién la cambió y devuelve la última copia buena con `handoff copy --db COPIA --to DIRECCIÓN --force`.",
    ]
}
