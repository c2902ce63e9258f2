package org.prongsai.account;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the second step for people who must give a TOTP code. */
@Controller
class SignInController {

    static final String PENDING_SECRET = "prongsai.totp.pending-secret";
    static final String WRONG_CODES = "prongsai.totp.wrong-codes";
    static final int MAX_WRONG_CODES = 5;

    private final SignInRecords records;
    private final TwoFactor twoFactor;
    private final AgencyManagement agencies;
    private final StaffSignIn signIn;

    SignInController(SignInRecords records, TwoFactor twoFactor, AgencyManagement agencies, StaffSignIn signIn) {
        this.records = records;
        this.twoFactor = twoFactor;
        this.agencies = agencies;
        this.signIn = signIn;
    }

    @GetMapping("/login")
    String showLoginForm() {
        return "account/login";
    }

    @RequestMapping(ExpiredFormHandler.PATH)
    String showExpiredForm() {
        return "account/form-expired";
    }

    @GetMapping("/login/second-factor")
    String showCodeForm() {
        return "account/second-factor";
    }

    @PostMapping("/login/second-factor")
    String submitCode(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        boolean right = twoFactor.verifyTotp(staff.agencyId(), staff.userId(), code);
        records.recordSecondFactor(staff.agencyId(), staff.userId(), right);
        if (right) {
            request.getSession().removeAttribute(WRONG_CODES);
            signIn.completeSignIn(request, response, staff);
            return null;
        }
        return wrongCode(request, model, "account/second-factor");
    }

    @GetMapping("/login/second-factor/setup")
    String showSetup(@AuthenticationPrincipal StaffPrincipal staff, HttpSession session, Model model)
            throws WriterException, IOException {
        if (twoFactor.hasTotp(staff.agencyId(), staff.userId())) {
            // A password alone never replaces a factor: that takes the current code or an administrator's reset.
            return "redirect:/login/second-factor";
        }
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = twoFactor.newTotpSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        addSetupModel(staff, secret, model);
        return "account/second-factor-setup";
    }

    @PostMapping("/login/second-factor/setup")
    String submitSetup(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException, WriterException {
        if (twoFactor.hasTotp(staff.agencyId(), staff.userId())) {
            return "redirect:/login/second-factor";
        }
        var secret = (String) request.getSession().getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:/login/second-factor/setup";
        }
        try {
            twoFactor.enableTotp(staff.agencyId(), staff.userId(), secret, code);
        } catch (Refusal e) {
            addSetupModel(staff, secret, model);
            return wrongCode(request, model, "account/second-factor-setup");
        }
        request.getSession().removeAttribute(PENDING_SECRET);
        signIn.completeSignIn(request, response, staff.withTotpEnabled());
        return null;
    }

    /** Too many wrong codes end the session: the password must be given again. */
    private String wrongCode(HttpServletRequest request, Model model, String view) {
        var session = request.getSession();
        var wrong = (Integer) session.getAttribute(WRONG_CODES);
        wrong = wrong == null ? 1 : wrong + 1;
        if (wrong >= MAX_WRONG_CODES) {
            session.invalidate();
            return "redirect:/login?error";
        }
        session.setAttribute(WRONG_CODES, wrong);
        model.addAttribute("wrongCode", true);
        return view;
    }

    private void addSetupModel(StaffPrincipal staff, String secret, Model model) throws WriterException, IOException {
        var issuer = agencies.get(staff.agencyId()).nameTh();
        var uri = "otpauth://totp/" + encode("Prongsai:" + staff.username()) + "?secret=" + secret + "&issuer="
                + encode("Prongsai " + issuer) + "&algorithm=SHA1&digits=6&period=30";
        var matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 240, 240);
        var png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        model.addAttribute("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
