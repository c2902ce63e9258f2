package org.prongsai.complaint;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.prongsai.document.ThaiPdf;

/**
 * The A4 sign for service counters (the reference asks for signs at service points): the agency's name, what
 * the channel is for, a QR code to the page, its address written out for those without a camera, and what
 * happens to a report. Plain Java, so a test reads it back as it would be printed.
 */
final class ComplaintPoster {

    private ComplaintPoster() {}

    static byte[] render(String agencyName, String address) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var pdf = ThaiPdf.a4(out)) {
            pdf.title("ช่องทางร้องเรียน ร้องทุกข์ และแจ้งเบาะแสการทุจริต");
            pdf.centeredBold(agencyName);
            pdf.space(8);
            // Short lines, each a whole phrase: a centred line that wraps may break inside a word.
            pdf.centered("พบเห็นการเรียกรับสินบน การทุจริต");
            pdf.centered("หรือการประพฤติมิชอบของเจ้าหน้าที่");
            pdf.centered("หรือไม่ได้รับความสะดวกในการรับบริการ");
            pdf.centered("แจ้งได้ทางออนไลน์ตลอด 24 ชั่วโมง");
            pdf.space(8);
            pdf.image(qr(address), 9);
            pdf.centeredBold(address);
            pdf.space(8);
            pdf.left("1. สแกนคิวอาร์โค้ดหรือพิมพ์ที่อยู่ด้านบน แล้วเลือกช่องทาง "
                    + "\"ร้องเรียน/ร้องทุกข์\" หรือ \"แจ้งเบาะแสการทุจริตและประพฤติมิชอบ\"");
            pdf.left("2. เล่ารายละเอียด ไม่ต้องระบุชื่อก็ได้ ระบบไม่เก็บที่อยู่ไอพีหรือเวลาที่ส่ง");
            pdf.left("3. เก็บรหัสรับเรื่อง 20 หลักไว้ ใช้ติดตามผลและตอบคำถามของเจ้าหน้าที่ได้โดยไม่ต้องเปิดเผยตัวตน");
        }
        return out.toByteArray();
    }

    private static byte[] qr(String address) throws IOException {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            address,
                            BarcodeFormat.QR_CODE,
                            600,
                            600,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            var png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IOException("the QR code could not be made", e);
        }
    }
}
