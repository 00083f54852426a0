package org.beaconportal.core.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /robots.txt}: staff, company and search pages are not for crawlers; the sitemap is. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getWriter()
                .write(
                        "User-agent: *\nDisallow: /admin\nDisallow: /es/admin\nDisallow: /company\nDisallow: /es/company\n"
                                + "Disallow: /search\nDisallow: /es/search\nDisallow: /login\nSitemap: "
                                + Xml.origin(request)
                                + "/sitemap.xml\n");
    }
}
